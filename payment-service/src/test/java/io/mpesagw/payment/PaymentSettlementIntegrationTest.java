package io.mpesagw.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.audit.AuditVerifier;
import io.mpesagw.audit.VerificationResult;
import io.mpesagw.contracts.CallbackResult;
import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.contracts.Topics;
import io.mpesagw.payment.application.PaymentStore;
import io.mpesagw.payment.application.SettleStkPayment;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Settlement from callbacks: idempotent, flagged when they do not match, never after a final state. */
class PaymentSettlementIntegrationTest extends PaymentServiceIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    SettleStkPayment settle;
    @Autowired
    MeterRegistry metrics;

    @Test
    void a_successful_callback_settles_the_payment_once_however_often_it_arrives() throws Exception {
        String id = submittedPayment(10, "ws_CO_A1");

        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_A1", "0", new BigDecimal("10.00"), "254708374149"));
        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_A1", "0", new BigDecimal("10.00"), "254708374149"));

        awaitState(id, PaymentState.SUCCEEDED);
        await().atMost(Duration.ofSeconds(20)).until(() -> published(id, "PaymentSucceeded") == 1);
        assertThat(jdbc.sql("select mpesa_receipt from payments where id = ?").param(id).query(String.class).single())
                .isEqualTo("SA77CVC7PZ");
        assertThat(outboxRows(id, "PaymentSucceeded")).isEqualTo(1);

        List<Map<String, Object>> transitions = transitionsOf(id);
        assertThat(transitions).extracting(t -> t.get("from") + ">" + t.get("to"))
                .containsExactly("null>requested", "requested>submitted", "submitted>succeeded");
        assertThat(transitions.getLast().get("reason")).isEqualTo("Daraja result 0");
        assertThat(transitions.getLast().get("details").toString()).contains("SA77CVC7PZ");
        assertThat(AuditVerifier.verify(dataSource)).isInstanceOf(VerificationResult.Intact.class);
    }

    @Test
    void a_duplicate_callback_after_settlement_adds_no_audit_entry() throws Exception {
        String id = submittedPayment(10, "ws_CO_A2");
        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_A2", "0", new BigDecimal("10.00"), "254708374149"));
        awaitState(id, PaymentState.SUCCEEDED);
        int entriesAfterSettlement = auditEntries(id).size();

        // handled here, synchronously, so the assertion below cannot run before it
        settle.handle((StkCallbackReceived) EventJson.read(
                callback(id, "ws_CO_A2", "0", new BigDecimal("10.00"), "254708374149"), CallbackResult.class));
        settle.handle((StkCallbackReceived) EventJson.read(callback(id, "ws_CO_A2", "1032", null, null),
                CallbackResult.class));

        assertThat(payments.find(id).orElseThrow().state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(auditEntries(id)).hasSize(entriesAfterSettlement);
    }

    @Test
    void a_cancelled_prompt_ends_cancelled_with_a_customer_message() throws Exception {
        String id = submittedPayment(10, "ws_CO_B1");

        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_B1", "1032", null, null));

        awaitState(id, PaymentState.CANCELLED);
        assertThat(outboxPayload(id, "PaymentFailed")).contains("\"status\":\"cancelled\"")
                .contains("You cancelled the request on your phone.");
    }

    @Test
    void a_callback_for_another_amount_is_flagged_not_credited() throws Exception {
        String id = submittedPayment(10, "ws_CO_C1");

        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_C1", "0", new BigDecimal("1"), "254708374149"));

        awaitState(id, PaymentState.UNKNOWN);
        assertThat(outboxRows(id, "PaymentSucceeded")).isZero();
        assertThat(payments.find(id).orElseThrow().isFlagged()).isTrue();

        // a matching callback afterwards does not un-flag it: a person settles a flagged payment
        settle.handle((StkCallbackReceived) EventJson.read(
                callback(id, "ws_CO_C1", "0", new BigDecimal("10"), "254708374149"), CallbackResult.class));
        assertThat(payments.find(id).orElseThrow().state()).isEqualTo(PaymentState.UNKNOWN);
        assertThat(outboxRows(id, "PaymentSucceeded")).isZero();
    }

    @Test
    void a_push_that_cannot_get_a_token_fails_without_prompting() throws Exception {
        String id = "pay_" + UUID.randomUUID();

        send(Topics.PAYMENT_COMMANDS, id, EventJson.write(
                new RequestStkPush(id, "mer_1", 10, "254708374149", "INV-1", "Order", Instant.now())));

        awaitState(id, PaymentState.FAILED);
        assertThat(outboxPayload(id, "PaymentFailed")).contains("push_refused");

        List<Map<String, Object>> entries = auditEntries(id);
        assertThat(entries).extracting(e -> e.get("event_type"))
                .containsExactly("STATE_TRANSITION", "STATE_TRANSITION", "DARAJA_EXCHANGE");
        String exchange = entries.get(2).get("details").toString();
        assertThat(exchange).contains("\"outcome\": \"refused\"").contains("token_unavailable")
                .contains("\"shortcode\": \"174379\"").contains("\"amount\": 10").contains("INV-1")
                .contains("2547****149").contains("/v1/callbacks/stk/" + id + "/****").contains("\"attempts\": 0");
        assertThat(transitionsOf(id).getLast()).containsEntry("to", "failed")
                .containsEntry("reason", "push_refused: token_unavailable");
        String everything = entries.toString();
        assertThat(everything).doesNotContain("254708374149").doesNotContain("test-passkey")
                .doesNotContain("i".repeat(40)).doesNotContain("c".repeat(40));
        assertThat(AuditVerifier.verify(dataSource)).isInstanceOf(VerificationResult.Intact.class);
    }

    @Test
    void a_callback_settles_a_payment_whose_push_response_was_lost_and_records_its_checkout_request_id() throws Exception {
        String id = "pay_" + UUID.randomUUID();
        Instant now = Instant.now();
        transactions.executeWithoutResult(tx -> {
            payments.insertIfAbsent(Payment.requested(id, "mer_1", 10, "254708374149", "INV-1", null, now), now);
            payments.transition(id, new PaymentStore.Transition(PaymentState.UNKNOWN, null, null,
                    "push_outcome_unclear", null, null, now, "push_outcome_unclear: read timeout"));
        });

        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_LOST1", "0", new BigDecimal("10"), "254708374149"));

        awaitState(id, PaymentState.SUCCEEDED);
        assertThat(payments.find(id).orElseThrow().checkoutRequestId()).isEqualTo("ws_CO_LOST1");
        assertThat(payments.find(id).orElseThrow().failureCode()).as("a success keeps no code of the doubt before it")
                .isNull();
        assertThat(transitionsOf(id).getLast().get("reason").toString())
                .isEqualTo("Daraja result 0 (callback matched after the push response was lost)");
    }

    @Test
    void a_success_reported_after_the_payment_expired_is_flagged_for_a_person_and_not_credited() {
        String id = submittedPayment(10, "ws_CO_LATE1");
        transactions.executeWithoutResult(tx -> payments.transition(id, new PaymentStore.Transition(
                PaymentState.EXPIRED, null, null, "prompt_expired", null, null, Instant.now(), "prompt_expired")));
        double before = metrics.counter("payments.callback.late_success", "state", "expired").count();

        settle.handle((StkCallbackReceived) EventJson.read(
                callback(id, "ws_CO_LATE1", "0", new BigDecimal("10"), "254708374149"), CallbackResult.class));

        assertThat(payments.find(id).orElseThrow().state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(outboxRows(id, "PaymentSucceeded")).isZero();
        assertThat(metrics.counter("payments.callback.late_success", "state", "expired").count()).isEqualTo(before + 1);
        Map<String, Object> flag = auditEntries(id).getLast();
        assertThat(flag.get("event_type")).isEqualTo("CALLBACK_RECEIVED");
        assertThat(flag.get("details").toString()).contains("SA77CVC7PZ").contains("not credited")
                .contains("\"paymentState\": \"expired\"");
    }
}
