package io.mpesagw.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StkResultCodesTest {

    @ParameterizedTest
    @CsvSource({
        "0, SUCCEEDED, ", "1, FAILED, insufficient_funds", "1032, CANCELLED, customer_cancelled",
        "1031, CANCELLED, customer_cancelled", "1037, EXPIRED, customer_unreachable", "1019, EXPIRED, prompt_expired",
        "2001, FAILED, wrong_pin", "17, FAILED, rule_limited", "SFC_IC0003, FAILED, merchant_misconfigured",
        "' 1032 ', CANCELLED, customer_cancelled"})
    void maps_daraja_codes_to_stable_outcomes(String code, PaymentState state, String failureCode) {
        StkOutcome outcome = StkResultCodes.outcomeOf(code);

        assertThat(outcome.state()).isEqualTo(state);
        assertThat(outcome.failureCode()).isEqualTo(failureCode);
        assertThat(outcome.recognised()).isTrue();
    }

    @Test
    void the_cancel_message_speaks_to_the_customer() {
        assertThat(StkResultCodes.outcomeOf("1032").customerMessage()).isEqualTo("You cancelled the request on your phone.");
    }

    @Test
    void an_unknown_code_fails_the_payment_and_is_marked_for_an_alert() {
        StkOutcome outcome = StkResultCodes.outcomeOf("4242");

        assertThat(outcome.state()).isEqualTo(PaymentState.FAILED);
        assertThat(outcome.recognised()).isFalse();
    }
}
