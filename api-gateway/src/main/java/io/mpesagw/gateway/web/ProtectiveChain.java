package io.mpesagw.gateway.web;

import org.springframework.core.Ordered;

/**
 * The order of the servlet filters every request passes, outermost first: service-kit's request id
 * ({@code HIGHEST_PRECEDENCE}), security headers, CORS, rate limits, body size; then, in the controllers,
 * authentication, idempotency, validation and the handler. The two filters that only add headers run
 * first so that every answer carries them, refusals included; the refusals follow cheapest first, so a
 * request refused by CORS is never counted and a rate-limited one never reaches a key lookup.
 */
final class ProtectiveChain {

    static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 10;
    static final int CORS = Ordered.HIGHEST_PRECEDENCE + 20;
    static final int RATE_LIMITS = Ordered.HIGHEST_PRECEDENCE + 30;
    static final int BODY_SIZE = Ordered.HIGHEST_PRECEDENCE + 40;

    private ProtectiveChain() {
    }
}
