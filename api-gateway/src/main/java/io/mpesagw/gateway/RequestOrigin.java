package io.mpesagw.gateway;

/**
 * Where a merchant API request came from, for the audit trail.
 *
 * @param requestId     the caller's {@code X-Request-Id} when sane, else one the gateway made up;
 *                      echoed in the response
 * @param sourceAddress the TCP peer address (forwarded headers are not trusted)
 */
public record RequestOrigin(String requestId, String sourceAddress) {
}
