package io.mpesagw.payment.application;

/** What an STK push query told us about a payment. */
public sealed interface StkQueryAnswer {

    /** Daraja knows the result: a callback ResultCode, as text. */
    record Final(String resultCode, String resultDesc) implements StkQueryAnswer {
    }

    /** "The transaction is being processed": the customer has not answered the prompt yet. */
    record StillProcessing() implements StkQueryAnswer {
    }

    /** No answer worth acting on (throttled, timeout, token trouble, a refusal): ask again later, guess nothing. */
    record Unavailable(String reason) implements StkQueryAnswer {
    }
}
