package io.mpesagw.callback.stk.adapter.in.web;

import io.mpesagw.callback.reception.adapter.in.web.CallbackHttp;
import io.mpesagw.callback.stk.application.StkCallbackDelivery;
import io.mpesagw.callback.stk.application.StkCallbackReception;
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
 * Safaricom's STK callback endpoint. Whatever the body is, it is stored and judged, and only a stored,
 * valid callback is processed (asynchronously, via Kafka).
 */
@RestController
class StkCallbackController {

    private static final Logger log = LoggerFactory.getLogger(StkCallbackController.class);

    private final StkCallbackReception reception;
    private final CallbackHttp http;

    StkCallbackController(StkCallbackReception reception, CallbackHttp http) {
        this.reception = reception;
        this.http = http;
    }

    @PostMapping("/v1/callbacks/stk/{paymentId}/{pathToken}")
    ResponseEntity<?> stkCallback(@PathVariable String paymentId, @PathVariable String pathToken,
            HttpServletRequest request) {
        return http.answer(reception.receive(new StkCallbackDelivery(paymentId, pathToken,
                http.clientAddress(request), CallbackHttp.body(request))));
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ApiError> notStored(DataAccessException e) {
        log.error("STK callback could not be stored", e);
        return CallbackHttp.notStored();
    }
}
