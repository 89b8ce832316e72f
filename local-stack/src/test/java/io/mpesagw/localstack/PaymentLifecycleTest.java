package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.localinfra.LoopbackPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The payment lifecycle through the real services (gateway, payment-service, callback-service,
 * token-service, the simulator, PostgreSQL, Kafka), with the simulator scripted for each case and the
 * janitor on short timings. payment-service runs as a process of this test's own (a replica), so the
 * last test can SIGKILL it mid-flight and start another. Free ports and its own PostgreSQL and Kafka.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentLifecycleTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final String PUSH = "/mpesa/stkpush/v1/processrequest";
    private static final String SOURCE_ADDRESS = "/simulator/v1/callbacks/source-address";
    private static final String CALLBACKS_RECEIVED = "mpesa_callbacks_received_total";
    private static final Duration PROMPT_EXPIRY = Duration.ofSeconds(20);
    private static final AtomicInteger PHONES = new AtomicInteger(2_100_000);

    private static RunningStack stack;
    private static LifecycleProbe probe;
    private static ManagedProcess paymentService;
    private static String paymentServiceUrl;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(StackSettings.endToEnd(REPO, Path.of("target", "payment-lifecycle-stack"))
                .withPorts(PortPlan.free())
                .withEnvironment(Map.of()) // its own PostgreSQL and Kafka: no other test's records on its topics
                .withComponents(EnumSet.of(Component.DARAJA_SIMULATOR, Component.TOKEN_SERVICE,
                        Component.API_GATEWAY, Component.CALLBACK_SERVICE))
                .withDemoCheckout(false)
                .withOverride(Component.DARAJA_SIMULATOR, "SIMULATOR_CALLBACK_DELAY_MS", "1000")
                // narrower than the stack's 127.0.0.0/8, so the simulator can send from outside it (127.0.0.2)
                .withOverride(Component.CALLBACK_SERVICE, "CALLBACK_ALLOWED_SOURCES", "127.0.0.1/32")
                .withOverride(Component.PAYMENT_SERVICE, "PAYMENT_JANITOR_INTERVAL", "1s")
                .withOverride(Component.PAYMENT_SERVICE, "PAYMENT_RECONCILE_AFTER", "4s")
                .withOverride(Component.PAYMENT_SERVICE, "PAYMENT_RECONCILE_BACKOFF", "2s")
                .withOverride(Component.PAYMENT_SERVICE, "PAYMENT_PROMPT_EXPIRY", PROMPT_EXPIRY.toSeconds() + "s")
                .withOverride(Component.PAYMENT_SERVICE, "DARAJA_READ_TIMEOUT", "3s")
                // a killed instance's partitions go to its successor after 10 s, not Kafka's default 45 s
                .withOverride(Component.PAYMENT_SERVICE, "SPRING_KAFKA_CONSUMER_PROPERTIES_SESSION_TIMEOUT_MS", "10000"));
        probe = new LifecycleProbe(stack);
        startPaymentService();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @AfterEach
    void resetSimulator() {
        probe.control("DELETE", "/simulator/v1/faults", null);
        probe.control("DELETE", "/simulator/v1/callbacks/faults", null);
        probe.control("DELETE", "/simulator/v1/callbacks/delay", null);
        probe.control("DELETE", SOURCE_ADDRESS, null);
    }

    @Test
    @Order(1)
    void every_scripted_stk_result_code_ends_in_its_status_stable_code_and_a_message_for_the_customer() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String row : List.of("0 succeeded -", "1 failed insufficient_funds", "2 failed amount_below_minimum",
                "3 failed amount_above_maximum", "4 failed daily_limit_exceeded", "8 failed receiver_balance_limit",
                "17 failed rule_limited", "26 failed mpesa_busy", "1001 failed subscriber_busy",
                "1019 expired prompt_expired", "1025 failed prompt_not_sent", "1031 cancelled customer_cancelled",
                "1032 cancelled customer_cancelled", "1037 expired customer_unreachable", "2001 failed wrong_pin",
                "2028 failed merchant_misconfigured", "8006 failed pin_locked", "9999 failed prompt_not_sent",
                "SFC_IC0003 failed merchant_misconfigured", "4242 failed unrecognised_result")) {
            String[] cells = row.split(" ");
            expected.put(cells[0], List.of(cells[1], cells[2]));
        }
        double unrecognisedBefore = probe.metric(paymentServiceUrl, "payments_result_code_unrecognised_total", "code=\"4242\"");
        Map<String, String> paymentByCode = new LinkedHashMap<>();
        for (String code : expected.keySet()) {
            String phone = nextPhone();
            probe.control("POST", "/simulator/v1/outcomes", "{\"phoneNumber\":\"" + phone + "\",\"resultCode\":\"" + code
                    + "\"" + (code.equals("4242") ? ",\"resultDesc\":\"A code nobody has documented\"" : "") + "}");
            paymentByCode.put(code, probe.pay(phone, 25, "C-" + code));
        }

        paymentByCode.forEach((code, id) -> {
            JsonNode settled = probe.awaitFinal(id, Duration.ofSeconds(60));
            assertThat(settled.get("status").asString()).as("status after %s", code).isEqualTo(expected.get(code).get(0));
            assertThat(LifecycleProbe.text(settled, "failure_code", "-")).as("failure_code after %s", code).isEqualTo(expected.get(code).get(1));
            assertThat(settled.get("message").asString()).as("message after %s", code).isNotBlank()
                    .doesNotContain(code.equals("0") ? "initiator" : code);
        });
        assertThat(probe.metric(paymentServiceUrl, "payments_result_code_unrecognised_total", "code=\"4242\""))
                .as("the alert metric for an unknown code").isGreaterThan(unrecognisedBefore);
    }

    @Test
    @Order(2)
    void a_dropped_callback_is_settled_by_the_janitor_with_an_stk_query() {
        probe.control("POST", "/simulator/v1/callbacks/faults", "{\"kind\":\"stk\",\"action\":\"drop\"}");
        long queries = probe.simulator("stkQueries");

        String id = probe.pay(nextPhone(), 31, "DROPPED");

        assertThat(probe.awaitFinal(id, Duration.ofSeconds(40)).get("status").asString()).isEqualTo("succeeded");
        assertThat(probe.simulator("stkQueries")).isGreaterThan(queries);
        assertThat(probe.audit(id)).as("no callback reached callback-service")
                .noneSatisfy(entry -> assertThat(entry.get("event_type").asString()).isEqualTo("CALLBACK_RECEIVED"));
        assertThat(probe.audit(id)).anySatisfy(entry -> assertThat(entry.get("details").toString())
                .contains("\"operation\":\"stk_query\"").contains("\"decision\":\"settled succeeded\""));
    }

    @Test
    @Order(3)
    void a_lost_push_response_shows_unknown_and_is_settled_by_its_callback_without_a_second_prompt() {
        probe.control("POST", "/simulator/v1/faults", "{\"fault\":\"lost-answer\",\"path\":\"" + PUSH + "\",\"delayMs\":8000}");
        // the callback comes after DARAJA_READ_TIMEOUT (3 s), so the merchant sees unknown first
        probe.control("PUT", "/simulator/v1/callbacks/delay", "{\"delayMs\":6000}");
        long pushes = probe.simulator("stkPushes");

        String id = probe.pay(nextPhone(), 32, "LOST-RESP");

        JsonNode unknown = probe.awaitStatus(id, "unknown", Duration.ofSeconds(20));
        assertThat(unknown.get("unknown_reason").asString()).isEqualTo("push_outcome_unclear");
        assertThat(unknown.get("message").asString()).contains("confirming").doesNotContainIgnoringCase("fail");
        JsonNode settled = probe.awaitFinal(id, Duration.ofSeconds(40));
        assertThat(settled.get("status").asString()).isEqualTo("succeeded");
        assertThat(settled.get("unknown_reason").isNull()).isTrue();
        assertThat(probe.row(id).get("checkout_request_id")).as("learned from the callback").startsWith("ws_CO_");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(probe.audit(id))
                .anySatisfy(entry -> assertThat(entry.get("details").toString())
                        .contains("\"operation\":\"stk_push\"").contains("\"outcome\":\"unclear\"")));
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10))
                .until(() -> probe.simulator("stkPushes") == pushes + 1);
    }

    @Test
    @Order(4)
    void a_lost_push_response_whose_callback_is_lost_too_ends_no_confirmation_without_a_second_prompt() {
        probe.control("POST", "/simulator/v1/faults", "{\"fault\":\"lost-answer\",\"path\":\"" + PUSH + "\",\"delayMs\":8000}");
        probe.control("POST", "/simulator/v1/callbacks/faults", "{\"kind\":\"stk\",\"action\":\"drop\"}");
        long pushes = probe.simulator("stkPushes");

        String id = probe.pay(nextPhone(), 33, "LOST-BOTH");
        await().atMost(Duration.ofSeconds(20)).until(() -> "unknown".equals(probe.row(id).get("status")));
        assertThat(probe.awaitStatus(id, "unknown", Duration.ofSeconds(10)).get("unknown_reason").asString())
                .isEqualTo("push_outcome_unclear");

        JsonNode settled = probe.awaitFinal(id, PROMPT_EXPIRY.plusSeconds(30));
        assertThat(settled.get("status").asString()).isEqualTo("expired");
        assertThat(settled.get("failure_code").asString()).isEqualTo("no_confirmation");
        assertThat(probe.simulator("stkPushes")).isEqualTo(pushes + 1);
    }

    @Test
    @Order(5)
    void a_late_callback_after_expiry_changes_nothing_and_is_flagged() {
        probe.control("PUT", "/simulator/v1/callbacks/delay", "{\"delayMs\":" + PROMPT_EXPIRY.plusSeconds(8).toMillis() + "}");
        double flaggedBefore = probe.metric(paymentServiceUrl, "payments_callback_late_success_total", "state=\"expired\"");
        long sent = probe.simulator("callbacksSent");

        String id = probe.pay(nextPhone(), 34, "LATE");
        JsonNode expired = probe.awaitFinal(id, PROMPT_EXPIRY.plusSeconds(20));
        assertThat(expired.get("status").asString()).isEqualTo("expired");
        assertThat(expired.get("failure_code").asString()).isEqualTo("prompt_expired");

        await().atMost(Duration.ofSeconds(30)).until(() -> probe.simulator("callbacksSent") > sent);
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.metric(paymentServiceUrl,
                "payments_callback_late_success_total", "state=\"expired\"") > flaggedBefore);
        assertThat(probe.payment(id).get("status").asString()).isEqualTo("expired");
        assertThat(probe.row(id)).containsEntry("status", "expired").containsEntry("mpesa_receipt", null);
    }

    @Test
    @Order(6)
    void a_callback_for_another_amount_is_flagged_not_credited_and_the_janitor_leaves_it_alone() {
        probe.control("PUT", "/simulator/v1/callbacks/delay", "{\"delayMs\":120000}"); // the real one comes much later
        String phone = nextPhone();
        String id = probe.pay(phone, 50, "MISMATCH");
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.row(id).get("checkout_request_id") != null);

        probe.postCallback(id, probe.row(id).get("checkout_request_id"), 49, phone);

        await().atMost(Duration.ofSeconds(20)).until(() -> "unknown".equals(probe.row(id).get("status")));
        assertThat(probe.row(id)).containsEntry("failure_code", "callback_mismatch");
        JsonNode flagged = probe.awaitStatus(id, "unknown", Duration.ofSeconds(10));
        assertThat(flagged.get("unknown_reason").asString()).isEqualTo("callback_mismatch");
        assertThat(flagged.get("message").asString()).contains("confirming").doesNotContainIgnoringCase("fail");
        // past the first query and a few janitor passes: still flagged, never settled by query
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(12))
                .until(() -> "unknown".equals(probe.row(id).get("status")));
        assertThat(probe.payment(id).get("status").asString()).isEqualTo("unknown");
    }

    @Test
    @Order(7)
    void a_callback_from_outside_the_allowlist_is_quarantined_and_counted_and_the_janitor_settles_the_payment() {
        String callbackService = stack.url(Component.CALLBACK_SERVICE);
        double refusedBefore = probe.metric(callbackService, CALLBACKS_RECEIVED, "reason=\"source_not_allowed\"");
        probe.control("PUT", SOURCE_ADDRESS, "{\"address\":\"127.0.0.2\"}");
        try {
            String id = probe.pay(nextPhone(), 35, "OUTSIDE");

            await().atMost(Duration.ofSeconds(20)).until(() ->
                    probe.metric(callbackService, CALLBACKS_RECEIVED, "reason=\"source_not_allowed\"") > refusedBefore);
            assertThat(probe.awaitFinal(id, Duration.ofSeconds(40)).get("status").asString()).isEqualTo("succeeded");
            List<JsonNode> audit = probe.audit(id);
            assertThat(deliveries(audit)).as("the only delivery, quarantined").containsExactly("rejected");
            assertThat(audit).anySatisfy(entry -> {
                assertThat(LifecycleProbe.text(entry, "source_address", "")).isEqualTo("127.0.0.2");
                assertThat(LifecycleProbe.text(entry.path("details"), "reason", "")).startsWith("source_not_allowed");
            });
            assertThat(audit).anySatisfy(entry -> assertThat(entry.get("details").toString())
                    .contains("\"operation\":\"stk_query\"").contains("\"decision\":\"settled succeeded\""));
        } finally {
            probe.control("DELETE", SOURCE_ADDRESS, null);
        }
    }

    @Test
    @Order(8)
    void a_callback_with_another_payments_path_token_is_quarantined_and_changes_nothing() {
        probe.control("PUT", "/simulator/v1/callbacks/delay", "{\"delayMs\":3000}");
        String callbackService = stack.url(Component.CALLBACK_SERVICE);
        double refusedBefore = probe.metric(callbackService, CALLBACKS_RECEIVED, "reason=\"path_token_mismatch\"");
        String id = probe.pay(nextPhone(), 36, "WRONG-TOKEN");
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.row(id).get("checkout_request_id") != null);

        // a well-formed "cancelled" for this payment, under a genuine token issued for another payment
        var answer = probe.deliverCallback(id, probe.pathToken("pay_someone_else"),
                LifecycleProbe.cancelledCallback(probe.row(id).get("checkout_request_id")));

        assertThat(answer.statusCode()).as("CALLBACK_ON_MISMATCH=acknowledge: 200, quarantined").isEqualTo(200);
        assertThat(probe.metric(callbackService, CALLBACKS_RECEIVED, "reason=\"path_token_mismatch\""))
                .isGreaterThan(refusedBefore);
        assertThat(probe.awaitFinal(id, Duration.ofSeconds(40)).get("status").asString())
                .as("settled by its real callback, not cancelled").isEqualTo("succeeded");
        assertThat(deliveries(probe.audit(id))).containsExactly("rejected", "accepted");
    }

    @Test
    @Order(9)
    void a_callback_delivered_three_times_changes_the_payment_once_and_publishes_one_event() {
        probe.control("POST", "/simulator/v1/callbacks/faults", "{\"kind\":\"stk\",\"action\":\"duplicate\"}");
        long sent = probe.simulator("callbacksSent");
        String phone = nextPhone();
        String id = probe.pay(phone, 37, "TRIPLE");
        JsonNode settled = probe.awaitFinal(id, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.simulator("callbacksSent") >= sent + 2);

        // the third delivery: the same callback once more, as a retrying proxy would send it
        probe.postCallback(id, probe.row(id).get("checkout_request_id"), 37, phone, settled.get("mpesa_receipt").asString());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deliveries(probe.audit(id)))
                .containsExactly("accepted", "duplicate", "duplicate"));
        assertThat(settled.get("status").asString()).isEqualTo("succeeded");
        assertThat(probe.audit(id)).filteredOn(entry -> entry.get("event_type").asString().equals("STATE_TRANSITION")
                && LifecycleProbe.text(entry.path("details"), "to", "").equals("succeeded")).hasSize(1);
        assertThat(probe.rows("select id from payment.outbox where message_key = ? and event_type = 'PaymentSucceeded'",
                id)).as("one event").hasSize(1);
    }

    @Test
    @Order(10)
    void a_token_that_expires_mid_flight_is_refreshed_once_and_the_janitors_query_settles_the_payment() {
        probe.control("POST", "/simulator/v1/callbacks/faults", "{\"kind\":\"stk\",\"action\":\"drop\"}");
        String id = probe.pay(nextPhone(), 38, "TOKEN-EXP");
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.row(id).get("checkout_request_id") != null);
        long oauthCalls = probe.simulator("oauthCalls");

        probe.control("POST", "/simulator/v1/tokens/expire", null);

        assertThat(probe.awaitFinal(id, Duration.ofSeconds(40)).get("status").asString()).isEqualTo("succeeded");
        assertThat(probe.simulator("oauthCalls")).as("one compare-and-refresh").isEqualTo(oauthCalls + 1);
        assertThat(probe.audit(id)).anySatisfy(entry -> assertThat(entry.get("details").toString())
                .contains("\"operation\":\"stk_query\"").contains("\"decision\":\"settled succeeded\""));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void payment_service_killed_mid_flight_loses_no_payment_and_prompts_nobody_twice() throws Exception {
        int count = 12;
        long pushesBefore = probe.simulator("stkPushes");
        // the first pushes answer late (still within DARAJA_READ_TIMEOUT): a window in which Daraja has a
        // push that payment-service has not recorded yet, the moment a crash is most dangerous
        probe.control("POST", "/simulator/v1/faults",
                "{\"fault\":\"lost-answer\",\"path\":\"" + PUSH + "\",\"delayMs\":2500,\"count\":4}");
        List<CompletableFuture<String>> created = new ArrayList<>();
        try (ExecutorService merchants = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < count; i++) {
                String phone = nextPhone();
                long amount = 40 + i;
                created.add(CompletableFuture.supplyAsync(() -> probe.pay(phone, amount, "KILL-" + amount), merchants));
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> !probe.rows(
                    "select id from payment.payments where account_reference like 'KILL-%' and status = 'requested'"
                    + " and push_attempted_at < now() - interval '300 milliseconds'").isEmpty());
            ProcessHandle.of(paymentService.pid()).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
            await().atMost(Duration.ofSeconds(10)).until(() -> !paymentService.isAlive());
        }
        List<String> ids = created.stream().map(CompletableFuture::join).toList();
        System.out.println("kill: states when killed " + probe.rows(
                "select status, count(*) as n from payment.payments where account_reference like 'KILL-%' group by status"));

        startPaymentService();

        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (String id : ids) {
            JsonNode settled = probe.awaitFinal(id, Duration.ofMinutes(3));
            String outcome = settled.get("status").asString() + "/" + LifecycleProbe.text(settled, "failure_code", "");
            outcomes.merge(outcome, 1, Integer::sum);
        }
        long pushes = probe.simulator("stkPushes") - pushesBefore;
        System.out.printf("kill: %d payments, %d prompts, outcomes %s%n", count, pushes, outcomes);

        assertThat(probe.rows("select id from payment.payments where account_reference like 'KILL-%'"
                + " and status in ('requested', 'submitted', 'unknown')")).as("every accepted payment is final").isEmpty();
        assertThat(pushes).as("nobody prompted twice").isLessThanOrEqualTo(count);
        // a pushed payment is paid (these numbers all pay); one the kill stopped before its push ends unconfirmed
        assertThat(outcomes.getOrDefault("succeeded/", 0)).as(outcomes.toString()).isEqualTo((int) pushes);
        assertThat(outcomes.getOrDefault("succeeded/", 0) + outcomes.getOrDefault("expired/no_confirmation", 0))
                .as(outcomes.toString()).isEqualTo(count);
    }

    private static void startPaymentService() {
        int port = LoopbackPorts.free();
        paymentService = stack.startReplica(Component.PAYMENT_SERVICE, port);
        paymentServiceUrl = "http://127.0.0.1:" + port;
    }

    /** What callback-service made of each delivery of the payment's callback, oldest first (its audit entries). */
    private static List<String> deliveries(List<JsonNode> audit) {
        return audit.stream().filter(entry -> entry.get("event_type").asString().equals("CALLBACK_RECEIVED"))
                .map(entry -> LifecycleProbe.text(entry.path("details"), "outcome", "")).toList();
    }

    /** A number of its own per payment: Daraja and the gateway hold one open prompt per phone. */
    private static String nextPhone() {
        return "25472" + PHONES.incrementAndGet();
    }
}
