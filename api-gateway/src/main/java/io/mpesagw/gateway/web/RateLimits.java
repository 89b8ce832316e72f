package io.mpesagw.gateway.web;

import io.mpesagw.gateway.RateLimitSettings;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import io.mpesagw.kit.web.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every route per client address and, for a request with a bearer value, per key: before
 * authentication, so a flood of guessed keys costs no database lookup. The address is the TCP peer's
 * (forwarded headers count only where server.forward-headers-strategy makes Tomcat trust a proxy); a key
 * is counted by its SHA-256 digest, so the limiter never keeps one.
 */
@Component
@Order(ProtectiveChain.RATE_LIMITS)
class RateLimits extends OncePerRequestFilter {

    // Names of the IETF httpapi rate-limit headers draft, as most API clients read them.
    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    private final ClientBuckets byAddress;
    private final ClientBuckets byKey;
    private final ErrorReplies replies;

    RateLimits(RateLimitSettings settings, ErrorReplies replies) {
        this.byAddress = new ClientBuckets("address", settings.perIp(), settings.period(), settings.trackedClients());
        this.byKey = new ClientBuckets("API key", settings.perKey(), settings.period(), settings.trackedClients());
        this.replies = replies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientBuckets.Allowance allowance = byAddress.take(addressBucket(request.getRemoteAddr()));
        String key = keyOf(request);
        if (allowance.granted() && key != null) {
            allowance = allowance.tighter(byKey.take(SecretDigest.of(key)));
        }
        response.setHeader(LIMIT, Integer.toString(allowance.limit()));
        response.setHeader(REMAINING, Integer.toString(allowance.remaining()));
        response.setHeader(RESET, Long.toString(allowance.resetSeconds()));
        if (allowance.granted()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(allowance.resetSeconds()));
        replies.send(request, response, HttpStatus.TOO_MANY_REQUESTS, ApiError.of("rate_limit_error", "rate_limited",
                "Too many requests for this " + allowance.scope() + "; retry in " + allowance.resetSeconds()
                        + (allowance.resetSeconds() == 1 ? " second." : " seconds."), null));
    }

    /** One IPv6 /64 is one subscriber's network: counted as one client, or it would hold 2^64 addresses. */
    static String addressBucket(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name lookup
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64"
                    : InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /**
     * What is counted per key: the bearer value, except that a publishable key is public (every payer of
     * the merchant, and anyone who reads its page, holds it), so counting it would let one stranger use up
     * all the merchant's checkouts; the checkout page is counted per session, by its client secret.
     */
    private static String keyOf(HttpServletRequest request) {
        String bearer = bearerOf(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (bearer != null && bearer.startsWith("pk_")) {
            String clientSecret = request.getHeader(CheckoutHeaders.CLIENT_SECRET);
            return clientSecret == null || clientSecret.isBlank() ? null : clientSecret.strip();
        }
        return bearer;
    }

    private static String bearerOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String value = authorization.substring(7).strip();
        return value.isEmpty() ? null : value;
    }
}
