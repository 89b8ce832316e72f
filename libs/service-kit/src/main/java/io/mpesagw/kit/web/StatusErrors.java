package io.mpesagw.kit.web;

import org.springframework.http.HttpStatus;

/**
 * The envelope for a failure known only by its HTTP status (the container's error page, a framework
 * exception): a fixed message per status, never the exception's own text, which may name classes or SQL.
 */
final class StatusErrors {

    private StatusErrors() {
    }

    static ApiError of(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> client("request_invalid", "The request could not be read: check its URL, headers and body.");
            case UNAUTHORIZED -> ApiError.of("authentication_error", "invalid_api_key",
                    "Send a valid secret key as 'Authorization: Bearer ...'.", null);
            case FORBIDDEN -> client("forbidden", "This request is not allowed.");
            case NOT_FOUND -> client("route_not_found", "There is no such endpoint.");
            case METHOD_NOT_ALLOWED -> client("method_not_allowed", "This method is not allowed here.");
            case NOT_ACCEPTABLE -> client("not_acceptable", "This endpoint answers with application/json only.");
            case CONTENT_TOO_LARGE -> client("body_too_large", "The request body is too large.");
            case UNSUPPORTED_MEDIA_TYPE -> client("content_type_unsupported", "Send the body as application/json.");
            case TOO_MANY_REQUESTS -> ApiError.of("rate_limit_error", "rate_limited",
                    "Too many requests; retry after the time in the Retry-After header.", null);
            default -> status.is4xxClientError() ? client("request_invalid", "The request cannot be served as sent.")
                    : ApiError.of("api_error", "internal_error",
                            "Something went wrong on our side; the request can be retried safely.", null);
        };
    }

    private static ApiError client(String code, String message) {
        return ApiError.of("invalid_request_error", code, message, null);
    }
}
