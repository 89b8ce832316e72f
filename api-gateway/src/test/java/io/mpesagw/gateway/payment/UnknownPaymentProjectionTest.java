package io.mpesagw.gateway.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.PaymentFailed;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.contracts.PaymentSubmitted;
import io.mpesagw.contracts.PaymentSucceeded;
import io.mpesagw.contracts.PaymentUnknown;
import io.mpesagw.contracts.Topics;
import io.mpesagw.gateway.EventBus;
import io.mpesagw.gateway.GatewayApiTest;
import io.mpesagw.gateway.GatewayHttp;
import io.mpesagw.gateway.TestPhones;
import io.mpesagw.gateway.payment.application.PaymentViews;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A payment whose outcome payment-service does not know yet shows {@code unknown} with its reason, moves on
 * to a final status when one comes, and an event that arrives late never moves it back.
 */
class UnknownPaymentProjectionTest extends GatewayApiTest {

    private static final String CONFIRMING = "We are confirming your payment with M-Pesa. Please do not pay again.";

    @Autowired
    PaymentViews views;

    @Test
    void an_unknown_payment_shows_unknown_with_its_reason_then_its_final_status() throws Exception {
        String id = newPayment();
        Instant t0 = Instant.now();

        EventBus.publish(Topics.PAYMENT_EVENTS, id, new PaymentSubmitted("evt_s_" + id, id, "mer_demo", "ws_CO_1",
                "Check your phone and enter your M-Pesa PIN.", t0));
        EventBus.publish(Topics.PAYMENT_EVENTS, id, new PaymentUnknown("evt_u_" + id, id, "mer_demo",
                PaymentUnknown.PUSH_OUTCOME_UNCLEAR, CONFIRMING, t0.plusSeconds(1)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode shown = payment(id);
            assertThat(shown.get("status").asString()).isEqualTo("unknown");
            assertThat(shown.get("unknown_reason").asString()).isEqualTo("push_outcome_unclear");
            assertThat(shown.get("message").asString()).isEqualTo(CONFIRMING);
        });

        EventBus.publish(Topics.PAYMENT_EVENTS, id, new PaymentSucceeded("evt_p_" + id, id, "mer_demo", 10,
                "TIH5E7ZVSZ", "Payment received.", t0.plusSeconds(5)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode shown = payment(id);
            assertThat(shown.get("status").asString()).isEqualTo("succeeded");
            assertThat(shown.get("mpesa_receipt").asString()).isEqualTo("TIH5E7ZVSZ");
            assertThat(shown.get("unknown_reason").isNull()).as("only while unknown").isTrue();
        });
    }

    @Test
    void a_late_event_never_moves_a_payment_back_and_a_final_status_never_changes() throws Exception {
        String id = newPayment();
        Instant t0 = Instant.now();

        assertThat(views.apply(new PaymentUnknown("evt_1", id, "mer_demo", PaymentUnknown.CALLBACK_MISMATCH,
                CONFIRMING, t0.plusSeconds(2)))).isTrue();
        assertThat(views.apply(new PaymentSubmitted("evt_0", id, "mer_demo", "ws_CO_1", "Check your phone.", t0)))
                .as("a submitted event that arrives after unknown").isFalse();
        assertThat(views.apply(new PaymentUnknown("evt_1", id, "mer_demo", PaymentUnknown.CALLBACK_MISMATCH,
                CONFIRMING, t0.plusSeconds(2)))).as("redelivered").isFalse();

        JsonNode held = payment(id);
        assertThat(held.get("status").asString()).isEqualTo("unknown");
        assertThat(held.get("unknown_reason").asString()).isEqualTo("callback_mismatch");
        assertThat(held.get("failure_code").isNull()).isTrue();

        assertThat(views.apply(new PaymentFailed("evt_2", id, "mer_demo", PaymentStatus.EXPIRED, "no_confirmation",
                null, "The request expired.", t0.plusSeconds(60)))).isTrue();
        assertThat(views.apply(new PaymentUnknown("evt_3", id, "mer_demo", PaymentUnknown.PUSH_OUTCOME_UNCLEAR,
                CONFIRMING, t0.plusSeconds(61)))).as("unknown after final").isFalse();

        JsonNode ended = payment(id);
        assertThat(ended.get("status").asString()).isEqualTo("expired");
        assertThat(ended.get("failure_code").asString()).isEqualTo("no_confirmation");
        assertThat(ended.get("unknown_reason").isNull()).isTrue();
    }

    @Test
    void the_api_description_names_unknown_among_the_statuses_and_documents_its_reason() throws Exception {
        JsonNode payment = GatewayHttp.json(api.get("/v3/api-docs", null)).path("components").path("schemas")
                .path("PaymentResource").path("properties");

        assertThat(payment.path("status").path("enum").toString()).contains("\"unknown\"").contains("\"submitted\"");
        assertThat(payment.path("unknown_reason").path("description").asString())
                .contains("push_outcome_unclear").contains("callback_mismatch");
    }

    private String newPayment() throws Exception {
        var created = api.post("/v1/payments", KEY,
                "{\"amount\":10,\"phone\":\"" + TestPhones.next() + "\",\"reference\":\"UNKNOWN-1\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        return GatewayHttp.json(created).get("id").asString();
    }

    private JsonNode payment(String id) throws Exception {
        var shown = api.get("/v1/payments/" + id, KEY);
        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        return GatewayHttp.json(shown);
    }
}
