package io.mpesagw.callback.stk.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mpesagw.callback.stk.application.CallbackReceipt;
import io.mpesagw.callback.stk.application.CallbackSettings;
import io.mpesagw.callback.stk.application.CallbackSettings.MismatchAnswer;
import io.mpesagw.callback.stk.application.StkCallbackDelivery;
import io.mpesagw.callback.stk.application.StkCallbackReception;
import io.mpesagw.kit.web.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Safaricom's STK callback endpoint. Answers fast and almost always 200: whatever the body is, it is
 * stored and judged, and only a stored, valid callback is processed (asynchronously, via Kafka).
 */
@RestController
class StkCallbackController {

    private static final Logger log = LoggerFactory.getLogger(StkCallbackController.class);
    /** Real STK callbacks are under 1 KB; anything near this is junk and is stored cut short. */
    private static final int MAX_BODY_BYTES = 256 * 1024;

    private final StkCallbackReception reception;
    private final MismatchAnswer onMismatch;

    StkCallbackController(StkCallbackReception reception, CallbackSettings settings) {
        this.reception = reception;
        this.onMismatch = settings.onMismatch();
    }

    record Acknowledgement(@JsonProperty("ResultCode") int resultCode, @JsonProperty("ResultDesc") String resultDesc) {
    }

    /** The body is read raw, not through a converter: no Content-Type or charset quirk may turn into a 4xx/5xx. */
    @PostMapping("/v1/callbacks/stk/{paymentId}/{pathToken}")
    ResponseEntity<?> stkCallback(@PathVariable String paymentId, @PathVariable String pathToken,
            HttpServletRequest request) {
        CallbackReceipt receipt = reception.receive(new StkCallbackDelivery(paymentId, pathToken,
                request.getRemoteAddr(), body(request)));
        if (receipt.rejection() != null && receipt.rejection().isMismatch() && onMismatch == MismatchAnswer.REJECT) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.of("authentication_error", "callback_rejected",
                            "This callback was not accepted; it has been stored as " + receipt.callbackId() + ".", null));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new Acknowledgement(0, "Accepted"));
    }

    /**
     * Not stored means not acknowledged: a 503 tells the sender to try again, and payment-service's
     * status query settles the payment if it never does.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ApiError> notStored(DataAccessException e) {
        log.error("STK callback could not be stored", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of("api_error", "callback_not_stored",
                        "The callback could not be stored right now; send it again.", null));
    }

    private static String body(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The sender went away mid-body; what arrived is stored and flagged as malformed.
            return "";
        }
    }
}
