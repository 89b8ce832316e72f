package io.mpesagw.gateway.web;

import io.mpesagw.gateway.RequestOrigin;
import io.mpesagw.kit.ids.Ids;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that the response echoes in {@code X-Request-Id} and the audit trail
 * records: the caller's own when it is a plain token, else a new {@code req_...}, so a merchant can
 * quote it to support and an auditor can find the entry.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestOrigin.class.getName();
    /** Letters, digits and a few separators: nothing that could forge a log line or hide in a query. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestOrigin origin = new RequestOrigin(requestIdOf(request.getHeader(HEADER)), request.getRemoteAddr());
        request.setAttribute(ATTRIBUTE, origin);
        response.setHeader(HEADER, origin.requestId());
        chain.doFilter(request, response);
    }

    /** The origin the filter gave this request. */
    public static RequestOrigin originOf(HttpServletRequest request) {
        Object origin = request.getAttribute(ATTRIBUTE);
        return origin instanceof RequestOrigin known ? known
                : new RequestOrigin(requestIdOf(request.getHeader(HEADER)), request.getRemoteAddr());
    }

    static String requestIdOf(String header) {
        return header != null && SANE.matcher(header).matches() ? header : Ids.newId("req");
    }
}
