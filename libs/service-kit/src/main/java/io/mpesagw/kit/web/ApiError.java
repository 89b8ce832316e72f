package io.mpesagw.kit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The one error body of every HTTP API, in the shape merchants know from the best payment APIs:
 * {@code {"error":{"type":"invalid_request_error","code":"amount_too_small","message":"...","param":"amount",
 * "request_id":"req_..."}}}.
 */
public record ApiError(Detail error) {

    /**
     * {@code reason} refines {@code code} where a program may act on it (e.g. a phone that is {@code too_short});
     * {@code request_id} is the response's {@code X-Request-Id}, so a pasted error body is enough for support.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(String type, String code, String message, String param, String reason,
            @JsonProperty("request_id") String requestId) {
    }

    public static ApiError of(String type, String code, String message, String param) {
        return of(type, code, message, param, null);
    }

    public static ApiError of(String type, String code, String message, String param, String reason) {
        return new ApiError(new Detail(type, code, message, param, reason, null));
    }

    /** The same error naming the request it answers; {@link RequestIdInErrors} does this for every MVC answer. */
    public ApiError withRequestId(String requestId) {
        return new ApiError(new Detail(error.type(), error.code(), error.message(), error.param(), error.reason(), requestId));
    }
}
