package io.mpesagw.callback.reception.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mpesagw.callback.reception.application.CallbackReceipt;
import io.mpesagw.callback.reception.application.CallbackSettings;
import io.mpesagw.callback.reception.application.CallbackSettings.MismatchAnswer;
import io.mpesagw.callback.reception.domain.TrustedProxies;
import io.mpesagw.kit.web.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The HTTP side every callback endpoint shares: who sent it, its raw body, and the answer. Answers
 * fast and almost always 200: whatever the body is, it is stored and judged before the answer.
 */
@Component
public class CallbackHttp {

    /** Real callbacks are under a few KB; anything near this is junk and is stored cut short. */
    private static final int MAX_BODY_BYTES = 256 * 1024;

    private final TrustedProxies proxies;
    private final MismatchAnswer onMismatch;

    CallbackHttp(TrustedProxies proxies, CallbackSettings settings) {
        this.proxies = proxies;
        this.onMismatch = settings.onMismatch();
    }

    /** The acknowledgement Daraja gets: it reads only the status, and this body is the common one. */
    public record Acknowledgement(@JsonProperty("ResultCode") int resultCode,
            @JsonProperty("ResultDesc") String resultDesc) {
    }

    /** The TCP peer, or the client a trusted proxy names in X-Forwarded-For. */
    public String clientAddress(HttpServletRequest request) {
        return proxies.clientAddress(request.getRemoteAddr(),
                Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** Read raw, not through a converter: no Content-Type or charset quirk may turn into a 4xx/5xx. */
    public static String body(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The sender went away mid-body; what arrived is stored and flagged as malformed.
            return "";
        }
    }

    /** 200 with the acknowledgement, or 403 for a mismatch when CALLBACK_ON_MISMATCH is reject. */
    public ResponseEntity<?> answer(CallbackReceipt receipt) {
        if (receipt.rejection() != null && receipt.rejection().isMismatch() && onMismatch == MismatchAnswer.REJECT) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.of("authentication_error", "callback_rejected",
                            "This callback was not accepted; it has been stored as " + receipt.callbackId() + ".", null));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new Acknowledgement(0, "Accepted"));
    }

    /**
     * Not stored means not acknowledged: a 503 tells the sender to try again, and payment-service's
     * status query settles the payment or payout if it never does.
     */
    public static ResponseEntity<ApiError> notStored() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of("api_error", "callback_not_stored",
                        "The callback could not be stored right now; send it again.", null));
    }
}
