package io.mpesagw.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real time plus an offset that tests move forward, so expiry is tested without sleeping. It can be
 * frozen, so that "within one second" (the rate limit) does not depend on how fast a loaded machine is.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    /** The real time at which the clock was frozen; null while it runs. */
    private final AtomicReference<Instant> frozenAt = new AtomicReference<>();

    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** From now on time moves only by {@link #advance}; undo with {@link #resume}. */
    public void freeze() {
        frozenAt.compareAndSet(null, Instant.now());
    }

    /** Runs with real time again (plus every advance made). */
    public void resume() {
        frozenAt.set(null);
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt.get();
        return (frozen == null ? Instant.now() : frozen).plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
