package io.mpesagw.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An unknown payment is visible to every consumer, and views only ever move forward. */
class PaymentUnknownContractTest {

    private static final Instant AT = Instant.parse("2026-11-28T07:00:00Z");

    @Test
    void an_unknown_payment_round_trips_with_its_reason() {
        PaymentEvent unknown = new PaymentUnknown("evt_1", "pay_1", "mer_1", PaymentUnknown.CALLBACK_MISMATCH,
                "We are confirming your payment with M-Pesa.", AT);

        String json = EventJson.write(unknown);

        assertThat(json).contains("\"type\":\"PaymentUnknown\"").contains("\"reasonCode\":\"callback_mismatch\"");
        assertThat(EventJson.read(json, PaymentEvent.class)).isEqualTo(unknown);
        assertThat(unknown.status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(unknown.status().isFinal()).isFalse();
    }

    @Test
    void an_unknown_payment_always_names_why() {
        assertThatThrownBy(() -> new PaymentUnknown("evt_1", "pay_1", "mer_1", null, "m", AT))
                .hasMessageContaining("reasonCode");
    }

    @Test
    void a_view_moves_forward_to_unknown_and_on_to_a_final_status_but_never_back() {
        assertThat(PaymentStatus.PENDING.mayMoveTo(PaymentStatus.UNKNOWN)).isTrue();
        assertThat(PaymentStatus.SUBMITTED.mayMoveTo(PaymentStatus.UNKNOWN)).isTrue();
        assertThat(PaymentStatus.UNKNOWN.mayMoveTo(PaymentStatus.SUCCEEDED)).isTrue();
        assertThat(PaymentStatus.UNKNOWN.mayMoveTo(PaymentStatus.EXPIRED)).isTrue();

        assertThat(PaymentStatus.UNKNOWN.mayMoveTo(PaymentStatus.SUBMITTED)).as("a late submitted event").isFalse();
        assertThat(PaymentStatus.UNKNOWN.mayMoveTo(PaymentStatus.UNKNOWN)).isFalse();
        assertThat(PaymentStatus.SUCCEEDED.mayMoveTo(PaymentStatus.FAILED)).as("final never changes").isFalse();
        assertThat(PaymentStatus.FAILED.mayMoveTo(PaymentStatus.UNKNOWN)).isFalse();
    }
}
