package io.mpesagw.simulator;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work the simulator schedules: janitors of its in-memory stores and delayed callbacks. An exception
 * escaping a scheduled task would silently end a periodic schedule (and vanish from a one-shot one),
 * so every task is guarded here.
 */
public final class ScheduledTasks {

    /** How often in-memory stores drop what is older than their retention; bounds memory in long runs. */
    public static final Duration PERIOD = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(ScheduledTasks.class);

    private ScheduledTasks() {
    }

    /** Runs {@code task} every {@link #PERIOD}, logging (not propagating) a failure of one run. */
    public static void everyPeriod(ScheduledExecutorService scheduler, String what, Runnable task) {
        long period = PERIOD.toMillis();
        scheduler.scheduleWithFixedDelay(guarded(what, task), period, period, TimeUnit.MILLISECONDS);
    }

    /** {@code task}, with a failure logged under {@code what} instead of lost. */
    public static Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException failure) {
                log.error("Scheduled task for {} failed", what, failure);
            }
        };
    }
}
