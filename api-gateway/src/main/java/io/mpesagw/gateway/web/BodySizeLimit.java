package io.mpesagw.gateway.web;

import io.mpesagw.kit.web.ApiError;
import io.mpesagw.kit.web.ApiException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every body this API takes is a small JSON object, so anything past {@link #MAX_BYTES} is refused with 413:
 * at once when the length is declared, and at the first byte too many of a chunked body.
 */
@Component
@Order(ProtectiveChain.BODY_SIZE)
class BodySizeLimit extends OncePerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;
    private static final String MESSAGE = "The request body may be at most " + MAX_BYTES + " bytes.";

    private final ErrorReplies replies;

    BodySizeLimit(ErrorReplies replies) {
        this.replies = replies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES) {
            replies.send(request, response, HttpStatus.CONTENT_TOO_LARGE,
                    ApiError.of("invalid_request_error", "body_too_large", MESSAGE, null));
            return;
        }
        chain.doFilter(declared < 0 ? new CappedBody(request) : request, response);
    }

    /** A body of unknown length that fails its reader (the MVC error handler answers 413) past the cap. */
    private static final class CappedBody extends HttpServletRequestWrapper {

        private ServletInputStream capped;

        CappedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new Capped(super.getInputStream());
            }
            return capped;
        }
    }

    private static final class Capped extends ServletInputStream {

        private final ServletInputStream body;
        private long read;

        Capped(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "invalid_request_error", "body_too_large", MESSAGE, null);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
