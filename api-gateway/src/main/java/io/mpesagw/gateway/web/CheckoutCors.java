package io.mpesagw.gateway.web;

import io.mpesagw.gateway.GatewaySettings;
import io.mpesagw.gateway.idempotency.adapter.in.web.IdempotentResponses;
import io.mpesagw.gateway.merchant.application.MerchantAccounts;
import io.mpesagw.kit.web.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browsers may call only a checkout session's own endpoints, and only from the configured checkout
 * origins ({@code CHECKOUT_ALLOWED_ORIGINS}) or the {@code allowed_origins} of the merchant that opened
 * that session. A filter rather than a static mapping, because the origins depend on the session in the
 * path; a refusal is the error envelope.
 *
 * <p>The session's merchant is looked up only after the per-address rate limit (see {@link ProtectiveChain}),
 * so a flood of preflights with made-up origins or session ids is throttled before it costs a query. A
 * preflight carries no credentials, so the session id in its path is all there is to find the merchant by;
 * the publishable key on the actual request would name the merchant too, but finding it is the same one
 * indexed query, and the controller checks that key against the session anyway.
 */
@Component
@Order(ProtectiveChain.CORS)
class CheckoutCors extends OncePerRequestFilter {

    private static final Pattern SESSION_PATH = Pattern.compile("/v1/checkout/sessions/([^/]+)(/.*)?");

    private final List<String> checkoutOrigins;
    private final MerchantAccounts merchants;
    private final ErrorReplies replies;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor() {
        @Override
        protected void rejectRequest(ServerHttpResponse response) {
            // answered below with the error envelope instead of Spring's plain-text body
        }
    };

    CheckoutCors(GatewaySettings settings, MerchantAccounts merchants, ErrorReplies replies) {
        this.checkoutOrigins = List.copyOf(settings.checkoutAllowedOrigins());
        this.merchants = merchants;
        this.replies = replies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher session = SESSION_PATH.matcher(request.getRequestURI());
        if (!session.matches() && CorsUtils.isPreFlightRequest(request)) {
            refuse(request, response); // no other route is open to browsers: refused here, never counted
            return;
        }
        if (!CorsUtils.isCorsRequest(request) || !session.matches()) {
            chain.doFilter(request, response); // no CORS headers: opening a session is for the merchant's server
            return;
        }
        if (!processor.processRequest(configuration(request.getHeader("Origin"), session.group(1)), request, response)) {
            refuse(request, response);
            return;
        }
        if (!CorsUtils.isPreFlightRequest(request)) {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        replies.send(request, response, HttpStatus.FORBIDDEN, ApiError.of("invalid_request_error", "cors_refused",
                "This origin may not call this endpoint from a browser: add it to the merchant's allowed_origins.", null));
    }

    private CorsConfiguration configuration(String origin, String checkoutSessionId) {
        List<String> origins = new ArrayList<>(checkoutOrigins);
        if (!origins.contains(origin)) {
            origins.addAll(merchants.allowedOriginsForCheckoutSession(checkoutSessionId));
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Authorization", CheckoutHeaders.CLIENT_SECRET, "Content-Type", RequestIds.HEADER,
                IdempotentResponses.HEADER));
        cors.setExposedHeaders(List.of(RequestIds.HEADER, IdempotentResponses.REPLAYED, "Retry-After", RateLimits.LIMIT,
                RateLimits.REMAINING, RateLimits.RESET));
        cors.setAllowCredentials(false);
        return cors;
    }
}
