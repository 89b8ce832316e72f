package io.mpesagw.gateway.idempotency.adapter.in.web;

import io.mpesagw.gateway.idempotency.application.IdempotentOutcome;
import io.mpesagw.gateway.idempotency.application.IdempotentRequests;
import io.mpesagw.gateway.idempotency.domain.IdempotencyKey;
import io.mpesagw.gateway.idempotency.domain.IdempotentRequest;
import io.mpesagw.kit.web.ApiError;
import io.mpesagw.kit.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the idempotent endpoints ({@code POST /v1/payments}, {@code POST /v1/checkout/sessions},
 * {@code POST /v1/checkout/sessions/{id}/pay}) answer: without an {@code Idempotency-Key} the handler
 * just runs; with one it runs at most once per key and a retry gets the stored answer.
 */
@Component
public class IdempotentResponses {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** The first request usually answers within milliseconds. */
    private static final String RETRY_AFTER_SECONDS = "1";

    private final IdempotentRequests requests;
    private final JsonMapper json;

    IdempotentResponses(IdempotentRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    /**
     * Call after authenticating, so that only a known caller can claim a key.
     *
     * @param merchantId whose key space the key belongs to
     * @param endpoint   e.g. {@code POST /v1/payments}
     * @param handler    creates the resource and returns the response body (serialised as Spring MVC would)
     */
    public ResponseEntity<Object> respond(HttpServletRequest request, String merchantId, String endpoint,
            HttpStatus status, Supplier<?> handler) {
        String header = request.getHeader(HEADER);
        if (header == null) {
            return ResponseEntity.status(status).body(handler.get());
        }
        IdempotentRequest idempotent = new IdempotentRequest(merchantId, endpoint, keyOf(header),
                BodyFingerprint.of(RequestBodyCapture.bodyOf(request)));
        return switch (requests.execute(idempotent, status.value(), () -> json.writeValueAsString(handler.get()))) {
            case IdempotentOutcome.Executed executed -> jsonBody(executed.status()).body(executed.body());
            case IdempotentOutcome.Replayed replayed -> jsonBody(replayed.status()).header(REPLAYED, "true")
                    .body(replayed.body());
            case IdempotentOutcome.InUse inUse -> jsonBody(HttpStatus.CONFLICT.value())
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .body(ApiError.of("invalid_request_error", "idempotency_key_in_use", "A request with this "
                            + "Idempotency-Key is still being processed; retry in a moment to get its result.", null));
        };
    }

    private static IdempotencyKey keyOf(String header) {
        try {
            return new IdempotencyKey(header);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidRequest("idempotency_key_invalid",
                    "The Idempotency-Key header must be 1 to 255 printable ASCII characters, e.g. a UUID.", HEADER);
        }
    }

    private static ResponseEntity.BodyBuilder jsonBody(int status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
    }
}
