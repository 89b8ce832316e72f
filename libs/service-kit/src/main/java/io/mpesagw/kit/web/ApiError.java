package io.mpesagw.kit.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one error body of every HTTP API, in the shape merchants know from the best payment APIs:
 * {@code {"error":{"type":"invalid_request_error","code":"amount_too_small","message":"...","param":"amount"}}}.
 */
public record ApiError(Detail error) {

    /** {@code reason} refines {@code code} where a program may act on it (e.g. a phone that is {@code too_short}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(String type, String code, String message, String param, String reason) {
    }

    public static ApiError of(String type, String code, String message, String param) {
        return of(type, code, message, param, null);
    }

    public static ApiError of(String type, String code, String message, String param, String reason) {
        return new ApiError(new Detail(type, code, message, param, reason));
    }
}
