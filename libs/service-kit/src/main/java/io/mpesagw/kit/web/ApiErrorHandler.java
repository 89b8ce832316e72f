package io.mpesagw.kit.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into the one error envelope; nothing internal leaks into a response (messages are
 * ours, never an exception's). {@link RequestIdInErrors} adds the request id to each.
 */
@RestControllerAdvice
public class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e) {
        return respond(e.status(), e.body());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        FieldError field = e.getBindingResult().getFieldError();
        String param = field == null ? null : field.getField();
        String message = field == null ? "The request is invalid." : param + " " + field.getDefaultMessage();
        return badRequest("parameter_invalid", message, param);
    }

    /** See {@link JsonBodyErrors}: the unknown or mistyped field is named, with what is accepted. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return api(JsonBodyErrors.refusal(e.getCause()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiError.of("invalid_request_error",
                "content_type_unsupported", "Send the body as application/json.", null));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiError> header(MissingRequestHeaderException e) {
        return badRequest("header_missing", "The " + e.getHeaderName() + " header is required.", e.getHeaderName());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, ApiError.of("invalid_request_error",
                "method_not_allowed", e.getMethod() + " is not allowed here.", null));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noRoute(NoResourceFoundException e) {
        return respond(HttpStatus.NOT_FOUND, ApiError.of("invalid_request_error",
                "route_not_found", "There is no such endpoint.", null));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest("parameter_invalid", e.getName() + " has the wrong format.", e.getName());
    }

    /**
     * The client went away (a browser closing a live-status stream, a dropped connection): there is
     * nobody to answer and nothing went wrong here, so no error is logged that would drown real ones.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        log.debug("client went away: {}", e.getMessage());
    }

    /** A framework refusal (e.g. 406) keeps its status; anything else is our fault and is logged, never shown. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        HttpStatus status = e instanceof ErrorResponse refusal ? HttpStatus.resolve(refusal.getStatusCode().value()) : null;
        if (status == null || status.is5xxServerError()) {
            log.error("unexpected error", e);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        } else {
            log.debug("request refused: {}", e.toString());
        }
        return respond(status, StatusErrors.of(status));
    }

    private static ResponseEntity<ApiError> badRequest(String code, String message, String param) {
        return respond(HttpStatus.BAD_REQUEST, ApiError.of("invalid_request_error", code, message, param));
    }

    /** Always JSON, even when the client asked for something else (e.g. an SSE stream). */
    private static ResponseEntity<ApiError> respond(HttpStatus status, ApiError body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
