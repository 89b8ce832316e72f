package io.mpesagw.simulator.daraja;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Answers every refusal in Daraja's {@code {requestId, errorCode, errorMessage}} envelope. */
@RestControllerAdvice
public class DarajaErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(DarajaErrorHandler.class);

    private final DarajaIds ids;

    public DarajaErrorHandler(DarajaIds ids) {
        this.ids = ids;
    }

    @ExceptionHandler(DarajaRejection.class)
    ResponseEntity<DarajaError> rejected(DarajaRejection rejection) {
        String requestId = rejection.requestId() != null ? rejection.requestId() : ids.requestId();
        return ResponseEntity.status(rejection.httpStatus())
                .body(new DarajaError(requestId, rejection.errorCode(), rejection.getMessage()));
    }

    /**
     * Daraja checks the Authorization header before the method: a browser GET on a POST API (no
     * header) gets 404.001.04, a GET that carries a header gets 405.001.
     */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<DarajaError> wrongMethod(HttpRequestMethodNotSupportedException wrong, HttpServletRequest request) {
        boolean darajaApi = request.getRequestURI().startsWith("/mpesa/");
        if (darajaApi && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            return rejected(DarajaRejection.invalidAuthenticationHeader());
        }
        return rejected(DarajaRejection.methodNotAllowed(wrong.getMethod()));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<DarajaError> unknownPath() {
        return rejected(DarajaRejection.resourceNotFound());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<DarajaError> unexpected(Exception failure, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
        return rejected(DarajaRejection.internalError());
    }
}
