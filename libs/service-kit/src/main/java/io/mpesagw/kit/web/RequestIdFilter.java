package io.mpesagw.kit.web;

import io.mpesagw.kit.ids.Ids;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, first of all filters, that the response echoes in {@code X-Request-Id}, every
 * error body names and log lines carry (MDC {@code request_id}): the caller's own when it is a plain token,
 * else a new {@code req_...}, so a merchant can quote it to support and an auditor can find the entry.
 */
public class RequestIdFilter extends OncePerRequestFilter implements Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    /** Letters, digits and a few separators: nothing that could forge a log line or hide in a query. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The request's id; the same on every call, also where the filter did not run (an error dispatch, a mock). */
    public static String idOf(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String id) {
            return id;
        }
        String header = request.getHeader(HEADER);
        String id = header != null && SANE.matcher(header).matches() ? header : Ids.newId("req");
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
