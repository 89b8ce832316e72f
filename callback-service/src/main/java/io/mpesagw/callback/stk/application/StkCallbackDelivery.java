package io.mpesagw.callback.stk.application;

/**
 * One POST to a payment's callback URL, exactly as it arrived.
 *
 * @param sourceAddress the TCP peer, or the client a trusted proxy named (CALLBACK_TRUSTED_PROXIES)
 * @param rawBody the body decoded as UTF-8; empty when there was none
 */
public record StkCallbackDelivery(String paymentId, String pathToken, String sourceAddress, String rawBody) {
}
