package io.mpesagw.payment.application;

/** What came of sending an STK push to Daraja, after the adapter's safe retries. */
public sealed interface PushResult {

    /** Daraja accepted the push; the prompt is on its way. */
    record Submitted(String checkoutRequestId, String merchantRequestId) implements PushResult {
    }

    /** Daraja clearly refused: nothing was sent to the customer. */
    record Refused(String darajaCode, String reason) implements PushResult {
    }

    /** The push may or may not have reached the customer: never resend, settle by query or callback. */
    record Unclear(String reason) implements PushResult {
    }
}
