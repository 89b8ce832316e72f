package io.mpesagw.gateway.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.PaymentFailed;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.contracts.PaymentSubmitted;
import io.mpesagw.contracts.Topics;
import io.mpesagw.gateway.EventBus;
import io.mpesagw.gateway.GatewayApiTest;
import io.mpesagw.gateway.MovableTime;
import io.mpesagw.gateway.TestPhones;
import io.mpesagw.testsupport.MutableClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One STK prompt in flight per phone: a second push is refused with 409 phone_busy before anything reaches
 * payment-service, until the first payment is final or its hold (2 minutes) runs out. Time is a
 * {@link MutableClock}; payment-service's events travel through the real Kafka topic.
 */
@Import(MovableTime.class)
class OnePromptPerPhoneTest extends GatewayApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    MutableClock clock;

    @DynamicPropertySource
    static void extra(DynamicPropertyRegistry registry) {
        // a group of its own: every payment event on the shared topic reaches this context's listener
        registry.add("spring.kafka.consumer.group-id", () -> "gateway-phone-test-" + UUID.randomUUID());
    }

    @Test
    void pushes_racing_to_one_phone_make_one_payment_one_command_and_409s() throws Exception {
        String phone = TestPhones.next();
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, 8)
                .mapToObj(i -> http.sendAsync(paymentRequest(phone, "RACE-" + i), HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<HttpResponse<String>> responses = sent.stream().map(CompletableFuture::join).toList();

        assertThat(responses).filteredOn(r -> r.statusCode() == 202).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 202).hasSize(7).allSatisfy(this::assertPhoneBusy);
        List<String> payments = jdbc.sql("select id from payments where msisdn = ?").param(TestPhones.msisdn(phone))
                .query(String.class).list();
        assertThat(payments).hasSize(1);
        assertThat(jdbc.sql("select count(*) from outbox where message_key = ?").param(payments.getFirst())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox o join payments p on p.id = o.message_key where p.msisdn = ?")
                .param(TestPhones.msisdn(phone)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_phone_stays_busy_while_the_prompt_is_out_and_is_free_once_the_payment_is_final() throws Exception {
        String phone = TestPhones.next();
        String first = pay(phone, "FINAL-1");
        String merchant = "mer_demo";

        publish(new PaymentSubmitted("evt_s_" + first, first, merchant, "ws_CO_1", "Check your phone.", clock.instant()));
        awaitStatus(first, "submitted");
        assertPhoneBusy(http.send(paymentRequest(phone, "FINAL-2"), HttpResponse.BodyHandlers.ofString()));

        publish(new PaymentFailed("evt_f_" + first, first, merchant, PaymentStatus.CANCELLED, "customer_cancelled", "1032",
                "You cancelled the request on your phone.", clock.instant()));
        awaitStatus(first, "cancelled");

        assertThat(http.send(paymentRequest(phone, "FINAL-3"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(202);
    }

    @Test
    void a_payment_that_never_settles_frees_its_phone_when_the_hold_runs_out() throws Exception {
        String phone = TestPhones.next();
        String stuck = pay(phone, "STUCK-1");

        clock.advance(Duration.ofMinutes(2).minusSeconds(1));
        assertPhoneBusy(http.send(paymentRequest(phone, "STUCK-2"), HttpResponse.BodyHandlers.ofString()));
        clock.advance(Duration.ofSeconds(1));

        assertThat(http.send(paymentRequest(phone, "STUCK-3"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(202);
        assertThat(status(stuck)).as("the view still waits for payment-service's word").isEqualTo("pending");
    }

    @Test
    void the_checkout_page_cannot_push_to_a_busy_phone_and_its_session_stays_open() throws Exception {
        String phone = TestPhones.next();
        pay(phone, "SHOP-1");
        JsonNode session = JSON.readTree(api.post("/v1/checkout/sessions", KEY, "{\"amount\":20,\"reference\":\"SHOP-2\"}").body());
        String secret = session.get("client_secret").asString();
        long commands = jdbc.sql("select count(*) from outbox").query(Long.class).single();

        HttpResponse<String> paid = api.send(api.browser("/v1/checkout/sessions/" + session.get("id").asString() + "/pay",
                PUBLISHABLE_KEY, secret).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"" + phone + "\"}")));

        assertPhoneBusy(paid);
        assertThat(jdbc.sql("select count(*) from outbox").query(Long.class).single()).isEqualTo(commands);
        assertThat(jdbc.sql("select count(*) from checkout_sessions where id = ? and payment_id is null")
                .param(session.get("id").asString()).query(Long.class).single()).isEqualTo(1);
    }

    private void assertPhoneBusy(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo("phone_busy");
        assertThat(error.get("param").asString()).isEqualTo("phone");
        assertThat(error.get("message").asString()).contains("already waiting on this phone");
        assertThat(error.get("request_id").asString()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    private String pay(String phone, String reference) throws Exception {
        HttpResponse<String> created = http.send(paymentRequest(phone, reference), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private HttpRequest paymentRequest(String phone, String reference) {
        return api.request("/v1/payments", KEY).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString("{\"amount\":10,\"phone\":\"" + phone + "\",\"reference\":\"" + reference + "\"}")).build();
    }

    private String status(String paymentId) {
        return jdbc.sql("select status from payments where id = ?").param(paymentId).query(String.class).single();
    }

    private void awaitStatus(String paymentId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(status(paymentId)));
    }

    private static void publish(PaymentEvent event) throws Exception {
        EventBus.publish(Topics.PAYMENT_EVENTS, event.paymentId(), event);
    }
}
