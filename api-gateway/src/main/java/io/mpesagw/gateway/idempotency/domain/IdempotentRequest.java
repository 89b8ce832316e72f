package io.mpesagw.gateway.idempotency.domain;

/**
 * A POST that carried an {@code Idempotency-Key}: the key counts within one merchant and one endpoint.
 *
 * @param merchantId  whose key space; for the browser's checkout pay, the session's merchant
 * @param endpoint    e.g. {@code POST /v1/payments}; the checkout pay names its session
 *                    ({@code POST /v1/checkout/sessions/cs_…/pay}) so that one key cannot pay two sessions
 * @param key         the caller's key
 * @param fingerprint what the caller asked for, to tell a retry from a different request reusing the key
 */
public record IdempotentRequest(String merchantId, String endpoint, IdempotencyKey key, RequestFingerprint fingerprint) {
}
