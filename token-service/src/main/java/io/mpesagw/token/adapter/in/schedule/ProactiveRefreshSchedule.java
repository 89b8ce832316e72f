package io.mpesagw.token.adapter.in.schedule;

import io.mpesagw.token.domain.TokenLease;
import io.mpesagw.token.domain.TokenLeases;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Every {@code interval}, lets each lease replace its token ahead of the buffer (and fetch one at
 * start-up), so that a caller almost never waits for OAuth. Replicas doing the same at the same
 * moment still make one OAuth call: the shared store serialises them.
 */
public final class ProactiveRefreshSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProactiveRefreshSchedule.class);

    private final TokenLeases leases;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public ProactiveRefreshSchedule(TokenLeases leases, Duration interval) {
        this.leases = leases;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("token-refresh-ahead").factory());
        scheduler.scheduleWithFixedDelay(this::refreshAll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void refreshAll() {
        for (TokenLease lease : leases.all()) {
            try {
                lease.refreshAhead();
            } catch (RuntimeException e) {
                // one set's trouble must not stop the others' refreshes, nor the schedule
                log.warn("background refresh of credential set '{}' failed: {}", lease.credentialSet(), e.toString());
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
