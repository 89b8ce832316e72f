package io.mpesagw.daraja.stk;

/** Daraja took the push (ResponseCode "0"); the result comes later in the callback or a query. */
public record StkPushAccepted(String merchantRequestId, String checkoutRequestId, String responseCode,
        String responseDescription, String customerMessage) {
}
