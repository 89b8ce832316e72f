package io.mpesagw.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.CallbackResult;
import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.PaymentUnknown;
import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.contracts.Topics;
import io.mpesagw.payment.application.PaymentStore.Transition;
import io.mpesagw.payment.application.SettleStkPayment;
import io.mpesagw.payment.application.UnknownOutcome;
import io.mpesagw.payment.domain.PaymentState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A payment that becomes unknown says so on the payment events topic, in the transaction of the move. */
class UnknownPaymentEventsIntegrationTest extends PaymentServiceIntegrationTest {

    @Autowired
    UnknownOutcome unknownOutcome;
    @Autowired
    SettleStkPayment settle;

    @Test
    void a_callback_for_another_amount_publishes_one_unknown_event_with_its_reason() throws Exception {
        String id = submittedPayment(10, "ws_CO_U1");

        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_U1", "0", new BigDecimal("9"), "254708374149"));

        awaitState(id, PaymentState.UNKNOWN);
        await().atMost(Duration.ofSeconds(20)).until(() -> published(id, "PaymentUnknown") == 1);
        PaymentUnknown event = (PaymentUnknown) EventJson.read(outboxPayload(id, "PaymentUnknown"), PaymentEvent.class);
        assertThat(event.reasonCode()).isEqualTo("callback_mismatch");
        assertThat(event.merchantId()).isEqualTo("mer_1");
        assertThat(event.customerMessage()).startsWith("We are confirming your payment with M-Pesa")
                .doesNotContainIgnoringCase("fail");

        // held for a person: a matching callback afterwards changes nothing and publishes nothing
        settle.handle((StkCallbackReceived) EventJson.read(
                callback(id, "ws_CO_U1", "0", new BigDecimal("10"), "254708374149"), CallbackResult.class));
        assertThat(outboxRows(id, "PaymentUnknown")).isEqualTo(1);
        assertThat(outboxRows(id, "PaymentSucceeded")).isZero();
    }

    @Test
    void an_unclear_push_is_held_unknown_once_and_a_late_callback_still_settles_it() throws Exception {
        String id = submittedPayment(10, "ws_CO_U2");
        Transition unclear = new Transition(PaymentState.UNKNOWN, null, null, PaymentUnknown.PUSH_OUTCOME_UNCLEAR,
                null, null, Instant.now(), "push_outcome_unclear: read timeout");

        Boolean first = transactions.execute(tx -> unknownOutcome.hold(payments.find(id).orElseThrow(), unclear));
        Boolean again = transactions.execute(tx -> unknownOutcome.hold(payments.find(id).orElseThrow(), unclear));
        assertThat(first).isTrue();
        assertThat(again).as("already unknown").isFalse();
        assertThat(outboxRows(id, "PaymentUnknown")).isEqualTo(1);
        assertThat(outboxPayload(id, "PaymentUnknown")).contains("\"reasonCode\":\"push_outcome_unclear\"");

        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_U2", "0", new BigDecimal("10"), "254708374149"));
        awaitState(id, PaymentState.SUCCEEDED);
        assertThat(outboxRows(id, "PaymentSucceeded")).isEqualTo(1);
    }

    @Test
    void a_move_to_unknown_without_a_reason_is_refused() {
        String id = submittedPayment(10, "ws_CO_U3");
        Transition noReason = new Transition(PaymentState.UNKNOWN, null, null, null, null, null, Instant.now(), "?");

        assertThatThrownBy(() -> unknownOutcome.hold(payments.find(id).orElseThrow(), noReason))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(payments.find(id).orElseThrow().state()).isEqualTo(PaymentState.SUBMITTED);
    }
}
