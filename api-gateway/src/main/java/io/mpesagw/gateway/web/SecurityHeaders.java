package io.mpesagw.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Protective headers on every response, set before anything can refuse the request so that refusals
 * carry them too. The API serves JSON only, so its policy forbids everything; the API docs UI may load
 * its own scripts and styles and nothing else.
 */
@Component
@Order(ProtectiveChain.SECURITY_HEADERS)
class SecurityHeaders extends OncePerRequestFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    // Swagger UI sets inline styles and draws icons from data: URIs; scripts only from the gateway itself.
    static final String UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", isUi(request.getRequestURI()) ? UI_POLICY : API_POLICY);
        response.setHeader("Cache-Control", "no-store");
        // Secure = TLS here, or X-Forwarded-Proto from a trusted proxy when server.forward-headers-strategy is set.
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    private static boolean isUi(String path) {
        return path.equals("/docs") || path.startsWith("/docs/") || path.startsWith("/swagger-ui/");
    }
}
