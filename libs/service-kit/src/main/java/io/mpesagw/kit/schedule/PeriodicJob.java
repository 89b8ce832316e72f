package io.mpesagw.kit.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs one pass of a job every {@code interval} (after the previous pass ends) on a daemon thread of
 * its own, from start-up to shutdown. A pass that fails is logged and the next one tries again: a
 * janitor must outlive a database blip. Several instances run their own; the job's claims keep them apart.
 */
public final class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final Duration interval;
    private final Runnable pass;
    private ScheduledExecutorService scheduler; // guarded by this

    public PeriodicJob(String name, Duration interval, Runnable pass) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(name + ": the interval must be positive");
        }
        this.name = name;
        this.interval = interval;
        this.pass = pass;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(name).factory());
        scheduler.scheduleWithFixedDelay(this::runPass, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runPass() {
        try {
            pass.run();
        } catch (RuntimeException e) {
            log.warn("{} pass failed (database down?): {}", name, e.toString());
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
