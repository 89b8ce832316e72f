package io.mpesagw.gateway.web;

import org.springframework.core.Ordered;

/**
 * The order of the servlet filters every request passes, outermost first: service-kit's request id
 * ({@code HIGHEST_PRECEDENCE}), security headers, rate limits, CORS, body size; then, in the controllers,
 * authentication, idempotency, validation and the handler. The two filters that only add headers run
 * first so that every answer carries them, refusals included. The rate limits come before CORS because
 * CORS may look up a checkout session's merchant: a flood of preflights from one address is refused
 * before it costs a query, and a rate-limited request never reaches a key or session lookup.
 */
final class ProtectiveChain {

    static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 10;
    static final int RATE_LIMITS = Ordered.HIGHEST_PRECEDENCE + 20;
    static final int CORS = Ordered.HIGHEST_PRECEDENCE + 30;
    static final int BODY_SIZE = Ordered.HIGHEST_PRECEDENCE + 40;

    private ProtectiveChain() {
    }
}
