package io.mpesagw.gateway.idempotency.adapter.in.web;

import io.mpesagw.kit.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Keeps the raw body of a request that carries an {@code Idempotency-Key}, before it becomes a record,
 * so that the fingerprint covers exactly what the client sent. Capped: this happens before the caller
 * is authenticated, and an idempotent POST here is a few hundred bytes.
 */
@ControllerAdvice
class RequestBodyCapture extends RequestBodyAdviceAdapter {

    private static final String ATTRIBUTE = RequestBodyCapture.class.getName() + ".body";
    static final int MAX_BYTES = 64 * 1024;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converter) throws IOException {
        if (input.getHeaders().getFirst(IdempotentResponses.HEADER) == null) {
            return input;
        }
        byte[] body = input.getBody().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "invalid_request_error", "body_too_large",
                    "A request with an Idempotency-Key may have a body of at most " + MAX_BYTES + " bytes.", null);
        }
        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, body, RequestAttributes.SCOPE_REQUEST);
        HttpHeaders headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    /** The body kept for this request; only for a request with the header, after its {@code @RequestBody} was read. */
    static byte[] bodyOf(HttpServletRequest request) {
        if (!(request.getAttribute(ATTRIBUTE) instanceof byte[] body)) {
            throw new IllegalStateException("an idempotent endpoint must take its body as @RequestBody");
        }
        return body;
    }
}
