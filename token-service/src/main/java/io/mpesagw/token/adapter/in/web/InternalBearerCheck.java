package io.mpesagw.token.adapter.in.web;

import io.mpesagw.kit.tokens.SharedSecret;
import io.mpesagw.kit.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** Every /internal route needs {@code Authorization: Bearer $INTERNAL_AUTH_TOKEN}; checked in constant time. */
final class InternalBearerCheck implements HandlerInterceptor {

    private final SharedSecret internalToken;

    InternalBearerCheck(SharedSecret internalToken) {
        this.internalToken = internalToken;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!internalToken.matchesBearer(request.getHeader("Authorization"))) {
            throw ApiException.unauthenticated(
                    "Send the internal service token as 'Authorization: Bearer <INTERNAL_AUTH_TOKEN>'.");
        }
        return true;
    }
}
