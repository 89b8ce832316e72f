package io.mpesagw.gateway.web;

import io.mpesagw.gateway.RequestOrigin;
import io.mpesagw.kit.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request came from, for the audit trail: the id service-kit's {@link RequestIdFilter} gave it
 * (echoed in {@code X-Request-Id} and in every error body) and the TCP peer's address.
 */
public final class RequestIds {

    public static final String HEADER = RequestIdFilter.HEADER;

    private RequestIds() {
    }

    public static RequestOrigin originOf(HttpServletRequest request) {
        return new RequestOrigin(RequestIdFilter.idOf(request), request.getRemoteAddr());
    }
}
