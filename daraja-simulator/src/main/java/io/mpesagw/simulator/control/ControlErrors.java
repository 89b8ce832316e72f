package io.mpesagw.simulator.control;

import io.mpesagw.simulator.control.OutcomeScriptController.ControlError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Control-API refusals as 400 {"field","message"}, never in Daraja's envelope: ordered before
 * DarajaErrorHandler and limited to this package.
 */
@RestControllerAdvice(basePackageClasses = ControlErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ControlErrors {

    @ExceptionHandler(ControlRejection.class)
    ResponseEntity<ControlError> rejected(ControlRejection rejection) {
        return ResponseEntity.badRequest().body(new ControlError(rejection.field(), rejection.getMessage()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ControlError> unreadable() {
        return ResponseEntity.badRequest().body(new ControlError("body",
                "expected a JSON object sent with Content-Type: application/json; see the README's control API"));
    }
}
