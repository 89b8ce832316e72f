package io.mpesagw.callback.result.adapter.in.web;

import io.mpesagw.callback.reception.adapter.in.web.CallbackHttp;
import io.mpesagw.callback.result.application.ResultDelivery;
import io.mpesagw.callback.result.application.ResultReception;
import io.mpesagw.callback.result.domain.ResultKind;
import io.mpesagw.kit.web.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ResultURL and QueueTimeOutURL of a payout's B2C payment and Transaction Status queries. Same
 * path-token scheme, source policy and answers as the STK endpoint.
 */
@RestController
class ResultCallbackController {

    private static final Logger log = LoggerFactory.getLogger(ResultCallbackController.class);

    private final ResultReception reception;
    private final CallbackHttp http;

    ResultCallbackController(ResultReception reception, CallbackHttp http) {
        this.reception = reception;
        this.http = http;
    }

    @PostMapping("/v1/callbacks/b2c/{payoutId}/{pathToken}/result")
    ResponseEntity<?> b2cResult(@PathVariable String payoutId, @PathVariable String pathToken, HttpServletRequest request) {
        return receive(ResultKind.B2C_RESULT, payoutId, pathToken, request);
    }

    @PostMapping("/v1/callbacks/b2c/{payoutId}/{pathToken}/timeout")
    ResponseEntity<?> b2cTimeout(@PathVariable String payoutId, @PathVariable String pathToken, HttpServletRequest request) {
        return receive(ResultKind.B2C_TIMEOUT, payoutId, pathToken, request);
    }

    @PostMapping("/v1/callbacks/status/{payoutId}/{pathToken}/result")
    ResponseEntity<?> statusResult(@PathVariable String payoutId, @PathVariable String pathToken,
            HttpServletRequest request) {
        return receive(ResultKind.STATUS_RESULT, payoutId, pathToken, request);
    }

    @PostMapping("/v1/callbacks/status/{payoutId}/{pathToken}/timeout")
    ResponseEntity<?> statusTimeout(@PathVariable String payoutId, @PathVariable String pathToken,
            HttpServletRequest request) {
        return receive(ResultKind.STATUS_TIMEOUT, payoutId, pathToken, request);
    }

    private ResponseEntity<?> receive(ResultKind kind, String payoutId, String pathToken, HttpServletRequest request) {
        return http.answer(reception.receive(new ResultDelivery(kind, payoutId, pathToken,
                http.clientAddress(request), CallbackHttp.body(request))));
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ApiError> notStored(DataAccessException e) {
        log.error("Result callback could not be stored", e);
        return CallbackHttp.notStored();
    }
}
