package io.mpesagw.notification.status.adapter.in.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.notification.status.application.StatusWatchers;
import io.mpesagw.notification.status.domain.PaymentStatusView;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open streams of this instance, per payment id. Thread-safe: streams are opened and closed on
 * web threads and fed from the Kafka listener thread and the keep-alive task.
 */
@Component
class SseWatchers implements StatusWatchers {

    /** EventSource's default is about 3 s; a little longer spreads reconnects after a restart. */
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(5);

    private final ConcurrentMap<String, Set<Watcher>> byPayment = new ConcurrentHashMap<>();
    private final WatchProperties properties;

    SseWatchers(WatchProperties properties, MeterRegistry meters) {
        this.properties = properties;
        Gauge.builder("notification.watchers", byPayment, map -> map.values().stream().mapToInt(Set::size).sum())
                .description("open live-status streams on this instance")
                .register(meters);
    }

    Watcher open(String paymentId) {
        Watcher watcher = new Watcher(paymentId, new SseEmitter(properties.streamTimeout().toMillis()));
        byPayment.compute(paymentId, (id, watchers) -> {
            Set<Watcher> set = watchers == null ? ConcurrentHashMap.newKeySet() : watchers;
            set.add(watcher);
            return set;
        });
        SseEmitter emitter = watcher.emitter();
        emitter.onCompletion(() -> forget(watcher));
        emitter.onError(e -> forget(watcher));
        emitter.onTimeout(() -> {
            watcher.close();
            forget(watcher);
        });
        watcher.greet(RECONNECT_AFTER.toMillis());
        return watcher;
    }

    @Override
    public void statusChanged(PaymentStatusView view) {
        Set<Watcher> watchers = byPayment.get(view.paymentId());
        if (watchers == null) {
            return;
        }
        for (Watcher watcher : watchers) {
            if (!watcher.deliver(view)) {
                forget(watcher);
            }
        }
    }

    @Scheduled(fixedDelayString = "${notification.watch.keep-alive:PT15S}",
            initialDelayString = "${notification.watch.keep-alive:PT15S}")
    void keepAlive() {
        byPayment.values().forEach(watchers -> watchers.forEach(watcher -> {
            if (!watcher.keepAlive()) {
                forget(watcher);
            }
        }));
    }

    int openStreams(String paymentId) {
        Set<Watcher> watchers = byPayment.get(paymentId);
        return watchers == null ? 0 : watchers.size();
    }

    private void forget(Watcher watcher) {
        byPayment.computeIfPresent(watcher.paymentId(), (id, watchers) -> {
            watchers.remove(watcher);
            return watchers.isEmpty() ? null : watchers;
        });
    }
}
