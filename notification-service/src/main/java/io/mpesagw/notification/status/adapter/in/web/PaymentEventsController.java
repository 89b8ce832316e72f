package io.mpesagw.notification.status.adapter.in.web;

import io.mpesagw.kit.tokens.WatchToken;
import io.mpesagw.kit.web.ApiError;
import io.mpesagw.kit.web.ApiException;
import io.mpesagw.notification.status.application.PaymentStatusTracker;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The checkout page's live view of one payment: the current status at once, then every change. */
@RestController
class PaymentEventsController {

    private final WatchToken watchTokens;
    private final SseWatchers watchers;
    private final PaymentStatusTracker tracker;

    PaymentEventsController(WatchToken watchTokens, SseWatchers watchers, PaymentStatusTracker tracker) {
        this.watchTokens = watchTokens;
        this.watchers = watchers;
        this.tracker = tracker;
    }

    @GetMapping("/v1/payments/{paymentId}/events")
    SseEmitter events(@PathVariable String paymentId, @RequestParam(required = false) String token,
            HttpServletResponse response) {
        if (token == null || token.isBlank()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "authentication_error", "watch_token_missing",
                    "Pass the watch token of this payment's checkout session as ?token=...", "token");
        }
        if (!watchTokens.allows(token, paymentId)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "authentication_error", "watch_token_invalid",
                    "The watch token is not valid for this payment or has expired; reload the checkout session for a new one.",
                    "token");
        }
        // A status stream must not be cached or held back by a buffering reverse proxy (nginx).
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        // Register before reading the current status, so no change can fall between the two.
        Watcher watcher = watchers.open(paymentId);
        tracker.current(paymentId).ifPresent(watcher::deliver);
        return watcher.emitter();
    }

    /**
     * EventSource asks for text/event-stream only; the error envelope is JSON, so its content type is set
     * here instead of negotiated (negotiation would turn the 401/403 into a 406).
     */
    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(e.body());
    }
}
