package io.mpesagw.kit.web;

import org.springframework.http.HttpStatus;

/** A request that cannot be served, with everything the caller needs to fix it. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String code;
    private final String param;
    private final String reason;

    public ApiException(HttpStatus status, String type, String code, String message, String param) {
        this(status, type, code, message, param, null);
    }

    private ApiException(HttpStatus status, String type, String code, String message, String param, String reason) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.reason = reason;
    }

    public static ApiException invalidRequest(String code, String message, String param) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid_request_error", code, message, param);
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "invalid_request_error", "resource_missing",
                "No such " + what + ": '" + id + "'", "id");
    }

    public static ApiException unauthenticated(String message) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "authentication_error", "invalid_api_key", message, null);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(HttpStatus.CONFLICT, "invalid_request_error", code, message, null);
    }

    /** The same error with a machine-readable refinement of its code. */
    public ApiException because(String reason) {
        return new ApiException(status, type, code, getMessage(), param, reason);
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError body() {
        return ApiError.of(type, code, getMessage(), param, reason);
    }
}
