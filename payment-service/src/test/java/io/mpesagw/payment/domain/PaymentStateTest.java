package io.mpesagw.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaymentStateTest {

    @ParameterizedTest
    @EnumSource(value = PaymentState.class, names = {"SUCCEEDED", "FAILED", "CANCELLED", "EXPIRED"})
    void a_final_state_never_changes(PaymentState finalState) {
        for (PaymentState next : PaymentState.values()) {
            assertThat(finalState.canMoveTo(next)).as("%s -> %s", finalState, next).isFalse();
        }
    }

    @Test
    void a_submitted_payment_settles_or_becomes_unknown_but_never_goes_back() {
        assertThat(PaymentState.SUBMITTED.canMoveTo(PaymentState.SUCCEEDED)).isTrue();
        assertThat(PaymentState.SUBMITTED.canMoveTo(PaymentState.UNKNOWN)).isTrue();
        assertThat(PaymentState.SUBMITTED.canMoveTo(PaymentState.REQUESTED)).isFalse();
        assertThat(PaymentState.SUBMITTED.canMoveTo(PaymentState.SUBMITTED)).isFalse();
    }

    @Test
    void an_unknown_payment_can_only_be_settled() {
        assertThat(PaymentState.allowedBefore(PaymentState.SUBMITTED)).containsExactly(PaymentState.REQUESTED);
        assertThat(PaymentState.UNKNOWN.canMoveTo(PaymentState.SUBMITTED)).isFalse();
        assertThat(PaymentState.UNKNOWN.canMoveTo(PaymentState.CANCELLED)).isTrue();
    }
}
