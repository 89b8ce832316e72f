package io.mpesagw.notification.status.adapter.in.web;

import io.mpesagw.notification.status.domain.PaymentStatusView;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream. The Kafka listener thread, the keep-alive task and the web thread that sends the
 * current status on connect all write to it, so every write holds this object's lock; remembering
 * the last view sent keeps a stale snapshot from following a newer pushed event.
 */
final class Watcher {

    static final String EVENT_NAME = "payment";

    private final String paymentId;
    private final SseEmitter emitter;
    private PaymentStatusView lastSent;
    private boolean closed;

    Watcher(String paymentId, SseEmitter emitter) {
        this.paymentId = paymentId;
        this.emitter = emitter;
    }

    String paymentId() {
        return paymentId;
    }

    SseEmitter emitter() {
        return emitter;
    }

    /**
     * The first write: tells EventSource how soon to reconnect, and commits the response headers at
     * once (without it the browser sees nothing, not even "open", until the first status or keep-alive).
     */
    synchronized boolean greet(long reconnectMillis) {
        try {
            emitter.send(SseEmitter.event().reconnectTime(reconnectMillis));
            return true;
        } catch (IOException | IllegalStateException e) {
            closed = true;
            return false;
        }
    }

    /** Sends the view unless it is stale; ends the stream after a final status. Returns false once closed. */
    synchronized boolean deliver(PaymentStatusView view) {
        if (closed || !view.replaces(lastSent)) {
            return !closed;
        }
        try {
            emitter.send(SseEmitter.event().id(view.lastEventId()).name(EVENT_NAME)
                    .data(PaymentStatusMessage.of(view), MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            // The browser went away; the container completes the emitter and the registry forgets it.
            closed = true;
            return false;
        }
        lastSent = view;
        if (view.isFinal()) {
            closed = true;
            emitter.complete();
        }
        return !closed;
    }

    /** A comment line, ignored by EventSource, that keeps idle connections open through proxies. */
    synchronized boolean keepAlive() {
        if (closed) {
            return false;
        }
        try {
            emitter.send(SseEmitter.event().comment("keep-alive"));
            return true;
        } catch (IOException | IllegalStateException e) {
            closed = true;
            return false;
        }
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            emitter.complete();
        }
    }
}
