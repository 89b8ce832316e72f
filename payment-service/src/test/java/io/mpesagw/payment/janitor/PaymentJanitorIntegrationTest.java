package io.mpesagw.payment.janitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.payment.application.PaymentJanitor;
import io.mpesagw.payment.application.PaymentStore;
import io.mpesagw.payment.application.StartStkPayment;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import io.mpesagw.testsupport.DarajaSimulatorProcess;
import io.mpesagw.testsupport.MutableClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The janitor against the real simulator over HTTP, a real PostgreSQL, and a clock the test moves. No
 * callback ever arrives here (the callback URL leads nowhere): every payment is one whose callback was lost.
 * Kafka listeners stay off, so this context never competes for the shared topics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PaymentJanitorIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY = "janitor-test-key";
    private static final String SECRET = "janitor-test-secret";
    private static final String INTERNAL = "i".repeat(40);
    private static final DarajaSimulatorProcess DARAJA = DarajaSimulatorProcess.start("payment-janitor-simulator",
            Map.of("SIMULATOR_CONSUMER_KEY", KEY, "SIMULATOR_CONSUMER_SECRET", SECRET,
                    "SIMULATOR_CALLBACK_DELAY_MS", "200"));
    private static final TokenServiceStandIn TOKENS = TokenServiceStandIn.start(DARAJA, KEY, SECRET, INTERNAL);
    private static final AtomicInteger PHONES = new AtomicInteger();

    @Autowired
    PaymentJanitor janitor;
    @Autowired
    StartStkPayment start;
    @Autowired
    PaymentStore payments;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        SimulatorWiring.register(registry, DARAJA, TOKENS, INTERNAL);
        registry.add("mpesa.payment.reconciliation.interval", () -> "1h"); // the test runs every pass itself
        registry.add("mpesa.payment.reconciliation.query-after", () -> "30s");
        registry.add("mpesa.payment.reconciliation.backoff", () -> "15s,30s");
        registry.add("mpesa.payment.reconciliation.prompt-expiry", () -> "5m");
    }

    @AfterEach
    void restoreSimulator() {
        DARAJA.send(HttpRequest.newBuilder(URI.create(DARAJA.baseUrl() + "/simulator/v1/callbacks/delay")).DELETE());
        DARAJA.send(HttpRequest.newBuilder(URI.create(DARAJA.baseUrl() + "/simulator/v1/faults")).DELETE());
    }

    @AfterAll
    static void stop() {
        TOKENS.close();
        DARAJA.close();
    }

    @Test
    void a_payment_whose_callback_never_came_is_settled_by_query_once_due_and_the_decision_is_audited() {
        String phone = nextPhone();
        script(phone, "1032");
        long failedCallbacks = stats().path("callbacksFailed").asLong();
        String id = pay(phone);
        assertThat(stateOf(id)).isEqualTo(PaymentState.SUBMITTED);
        await().atMost(Duration.ofSeconds(15)).until(() -> stats().path("callbacksFailed").asLong() > failedCallbacks);
        long queries = stats().path("stkQueries").asLong();

        janitor.reconcileDuePayments();
        assertThat(stats().path("stkQueries").asLong()).as("not due before PAYMENT_RECONCILE_AFTER").isEqualTo(queries);

        clock.advance(Duration.ofSeconds(31));
        janitor.reconcileDuePayments();

        assertThat(stateOf(id)).isEqualTo(PaymentState.CANCELLED);
        assertThat(stats().path("stkQueries").asLong()).isEqualTo(queries + 1);
        assertThat(lastTransitionReason(id)).isEqualTo("settled by query: customer_cancelled: Daraja result 1032");
        assertThat(outbox(id, "PaymentFailed")).contains("\"status\":\"cancelled\"").contains("customer_cancelled");
        assertThat(queryAudit(id)).hasSize(1).first(InstanceOfAssertFactories.STRING).contains("\"operation\": \"stk_query\"")
                .contains("\"resultCode\": \"1032\"").contains("\"decision\": \"settled cancelled\"");

        clock.advance(Duration.ofMinutes(10));
        janitor.reconcileDuePayments();
        assertThat(stats().path("stkQueries").asLong()).as("a final payment is never queried again").isEqualTo(queries + 1);
    }

    @Test
    void a_prompt_still_open_is_asked_again_on_the_backoff_schedule_and_expires_with_the_prompt() {
        control("PUT", "/simulator/v1/callbacks/delay", "{\"delayMs\":600000}"); // the customer never answers
        String id = pay(nextPhone());
        long queries = stats().path("stkQueries").asLong();

        clock.advance(Duration.ofSeconds(30));
        janitor.reconcileDuePayments();
        janitor.reconcileDuePayments();
        assertThat(stats().path("stkQueries").asLong()).as("once, then not before the backoff").isEqualTo(queries + 1);
        assertThat(stateOf(id)).isEqualTo(PaymentState.SUBMITTED);

        clock.advance(Duration.ofSeconds(15));
        janitor.reconcileDuePayments();
        clock.advance(Duration.ofSeconds(29));
        janitor.reconcileDuePayments();
        assertThat(stats().path("stkQueries").asLong()).as("after 15 s, then not before 30 s more").isEqualTo(queries + 2);

        clock.advance(Duration.ofMinutes(5));
        janitor.reconcileDuePayments();

        assertThat(stateOf(id)).isEqualTo(PaymentState.EXPIRED);
        assertThat(failureCodeOf(id)).isEqualTo("prompt_expired");
        assertThat(queryAudit(id)).hasSize(3).first(InstanceOfAssertFactories.STRING).contains("\"outcome\": \"still_processing\"")
                .contains("query again at");
        assertThat(queryAudit(id).getLast()).contains("\"decision\": \"expired: still processing after the prompt expiry\"");
        assertThat(outbox(id, "PaymentFailed")).contains("\"status\":\"expired\"");
    }

    @Test
    void when_daraja_cannot_answer_the_payment_stays_open_even_past_expiry_and_is_asked_again() {
        long failedCallbacks = stats().path("callbacksFailed").asLong();
        String id = pay(nextPhone());
        await().atMost(Duration.ofSeconds(15)).until(() -> stats().path("callbacksFailed").asLong() > failedCallbacks);
        control("POST", "/simulator/v1/faults",
                "{\"fault\":\"server-error\",\"path\":\"/mpesa/stkpushquery/v1/query\",\"count\":1}");

        clock.advance(Duration.ofMinutes(6));
        janitor.reconcileDuePayments();
        assertThat(stateOf(id)).as("a 5xx tells us nothing: no guess").isEqualTo(PaymentState.SUBMITTED);
        assertThat(queryAudit(id).getLast()).contains("\"outcome\": \"unavailable\"").contains("query again at");

        clock.advance(Duration.ofSeconds(15));
        janitor.reconcileDuePayments();
        assertThat(stateOf(id)).isEqualTo(PaymentState.SUCCEEDED);
    }

    @Test
    void a_payment_without_a_checkout_request_id_is_never_queried_and_ends_when_its_prompt_expires() {
        String id = "pay_" + UUID.randomUUID();
        Instant now = clock.instant();
        transactions.executeWithoutResult(tx -> {
            payments.insertIfAbsent(Payment.requested(id, "mer_1", 10, nextPhone(), "INV-J", null, now), now);
            payments.transition(id, new PaymentStore.Transition(PaymentState.UNKNOWN, null, null,
                    "push_outcome_unclear", null, null, now, "push_outcome_unclear: read timeout"));
        });
        long queries = stats().path("stkQueries").asLong();

        clock.advance(Duration.ofMinutes(4));
        janitor.reconcileDuePayments();
        assertThat(stateOf(id)).isEqualTo(PaymentState.UNKNOWN);

        clock.advance(Duration.ofMinutes(1));
        janitor.reconcileDuePayments();

        assertThat(stateOf(id)).isEqualTo(PaymentState.EXPIRED);
        assertThat(failureCodeOf(id)).isEqualTo("no_confirmation");
        assertThat(lastTransitionReason(id)).startsWith("no_confirmation: no CheckoutRequestID to query");
        assertThat(stats().path("stkQueries").asLong()).isEqualTo(queries);
    }

    @Test
    void a_payment_flagged_for_a_person_is_never_settled_by_the_janitor() {
        String id = pay(nextPhone());
        transactions.executeWithoutResult(tx -> payments.transition(id, new PaymentStore.Transition(
                PaymentState.UNKNOWN, null, null, PaymentStore.CALLBACK_MISMATCH, "0", null, clock.instant(),
                "callback_mismatch: Daraja result 0 for another amount or phone")));
        long queries = stats().path("stkQueries").asLong();

        clock.advance(Duration.ofMinutes(10));
        janitor.reconcileDuePayments();

        assertThat(stateOf(id)).isEqualTo(PaymentState.UNKNOWN);
        assertThat(stats().path("stkQueries").asLong()).isEqualTo(queries);
    }

    @Test
    void two_janitors_share_the_due_payments_and_query_each_exactly_once() {
        long failedCallbacks = stats().path("callbacksFailed").asLong();
        List<String> ids = IntStream.range(0, 6).mapToObj(i -> pay(nextPhone())).toList();
        await().atMost(Duration.ofSeconds(15)).until(() -> stats().path("callbacksFailed").asLong() >= failedCallbacks + 6);
        long queries = stats().path("stkQueries").asLong();
        clock.advance(Duration.ofSeconds(31));

        List<Integer> handled;
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> passes = List.of(instances.submit(() -> pass(go)), instances.submit(() -> pass(go)));
            go.countDown();
            handled = passes.stream().map(PaymentJanitorIntegrationTest::join).toList();
        }

        assertThat(handled.get(0) + handled.get(1)).isEqualTo(6);
        assertThat(stats().path("stkQueries").asLong()).isEqualTo(queries + 6);
        assertThat(ids).allSatisfy(id -> assertThat(stateOf(id)).isEqualTo(PaymentState.SUCCEEDED));
    }

    private int pass(CountDownLatch go) throws InterruptedException {
        go.await();
        return janitor.reconcileDuePayments();
    }

    private static int join(Future<Integer> pass) {
        try {
            return pass.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String pay(String phone) {
        String id = "pay_" + UUID.randomUUID();
        start.handle(new RequestStkPush(id, "mer_1", 10, phone, "INV-J", null, clock.instant()));
        return id;
    }

    /** A number of its own per payment: the simulator holds one open prompt per subscriber. */
    private static String nextPhone() {
        return "25471" + String.format("%07d", 3_100_000 + PHONES.incrementAndGet());
    }

    private static void script(String phone, String code) {
        control("POST", "/simulator/v1/outcomes", "{\"phoneNumber\":\"" + phone + "\",\"resultCode\":\"" + code + "\"}");
    }

    private static void control(String method, String path, String json) {
        int status = DARAJA.send(HttpRequest.newBuilder(URI.create(DARAJA.baseUrl() + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)))
                .statusCode();
        assertThat(status).as(method + " " + path).isEqualTo(200);
    }

    private static JsonNode stats() {
        return JSON.readTree(DARAJA.send(HttpRequest.newBuilder(URI.create(DARAJA.baseUrl() + "/simulator/v1/stats"))
                .GET()).body());
    }

    private PaymentState stateOf(String id) {
        return payments.find(id).orElseThrow().state();
    }

    private String failureCodeOf(String id) {
        return jdbc.sql("select failure_code from payments where id = ?").param(id).query(String.class).single();
    }

    private String lastTransitionReason(String id) {
        return jdbc.sql("""
                select details ->> 'reason' from audit.entries where subject_id = ? and event_type = 'STATE_TRANSITION'
                order by id desc limit 1""").param(id).query(String.class).single();
    }

    private List<String> queryAudit(String id) {
        return jdbc.sql("""
                select details::text from audit.entries
                where subject_id = ? and event_type = 'DARAJA_EXCHANGE' and details ->> 'operation' = 'stk_query'
                order by id""").param(id).query(String.class).list();
    }

    private String outbox(String id, String type) {
        return jdbc.sql("select payload from outbox where message_key = ? and event_type = ?").params(id, type)
                .query(String.class).single();
    }
}
