package io.mpesagw.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StkResultCodesTest {

    /** daraja-facts.md section 5, "STK ResultCodes (callback and query)", every row. */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "0, SUCCEEDED, ",
        "1, FAILED, insufficient_funds",
        "2, FAILED, amount_below_minimum",
        "3, FAILED, amount_above_maximum",
        "4, FAILED, daily_limit_exceeded",
        "8, FAILED, receiver_balance_limit",
        "17, FAILED, rule_limited",
        "26, FAILED, mpesa_busy",
        "1001, FAILED, subscriber_busy",
        "1019, EXPIRED, prompt_expired",
        "1025, FAILED, prompt_not_sent",
        "1031, CANCELLED, customer_cancelled",
        "1032, CANCELLED, customer_cancelled",
        "1037, EXPIRED, customer_unreachable",
        "2001, FAILED, wrong_pin",
        "2028, FAILED, merchant_misconfigured",
        "8006, FAILED, pin_locked",
        "9999, FAILED, prompt_not_sent",
        "SFC_IC0003, FAILED, merchant_misconfigured"})
    void maps_every_documented_daraja_code_to_a_stable_outcome(String code, PaymentState state, String failureCode) {
        StkOutcome outcome = StkResultCodes.outcomeOf(code);

        assertThat(outcome.state()).isEqualTo(state);
        assertThat(outcome.failureCode()).isEqualTo(failureCode);
        assertThat(outcome.recognised()).isTrue();
    }

    @Test
    void the_table_holds_exactly_the_nineteen_documented_codes() {
        assertThat(StkResultCodes.knownCodes()).containsExactlyInAnyOrder("0", "1", "2", "3", "4", "8", "17", "26",
                "1001", "1019", "1025", "1031", "1032", "1037", "2001", "2028", "8006", "9999", "SFC_IC0003");
    }

    @ParameterizedTest
    @MethodSource("io.mpesagw.payment.domain.StkResultCodes#knownCodes")
    void every_message_speaks_to_the_customer_not_in_daraja_terms(String code) {
        String message = StkResultCodes.outcomeOf(code).customerMessage();

        assertThat(message).isNotBlank().matches(".*[.!]$").doesNotContainIgnoringCase("ResultCode")
                .doesNotContainIgnoringCase("initiator").doesNotContainIgnoringCase("DS timeout")
                .doesNotContainIgnoringCase("subscriber").doesNotContain(code.equals("0") ? "\u0000" : code);
    }

    @Test
    void codes_are_compared_as_text_whatever_the_padding() {
        assertThat(StkResultCodes.outcomeOf(" 1032 ").failureCode()).isEqualTo("customer_cancelled");
        assertThat(StkResultCodes.outcomeOf("1032").customerMessage()).isEqualTo("You cancelled the request on your phone.");
    }

    @Test
    void an_unknown_code_fails_the_payment_and_is_marked_for_an_alert() {
        StkOutcome outcome = StkResultCodes.outcomeOf("4242");

        assertThat(outcome.state()).isEqualTo(PaymentState.FAILED);
        assertThat(outcome.failureCode()).isEqualTo("unrecognised_result");
        assertThat(outcome.recognised()).isFalse();
        assertThat(StkResultCodes.outcomeOf(null).recognised()).isFalse();
    }
}
