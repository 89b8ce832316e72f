package io.mpesagw.callback.stk.application;

/**
 * One POST to a payment's callback URL, exactly as it arrived.
 *
 * @param sourceAddress the TCP peer address (forwarded headers are not trusted)
 * @param rawBody the body decoded as UTF-8; empty when there was none
 */
public record StkCallbackDelivery(String paymentId, String pathToken, String sourceAddress, String rawBody) {
}
