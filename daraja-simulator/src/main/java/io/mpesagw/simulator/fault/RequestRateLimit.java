package io.mpesagw.simulator.fault;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Apigee's Spike Arrest for real: at most {@code tps} Daraja calls in any one-second window, the
 * rest answered 500.003.02. A sliding log of the last {@code tps} admitted calls, so a burst that
 * straddles a second boundary is caught too. Refused calls do not count. Time comes from the
 * injected clock, so tests decide what "the same second" is.
 */
@Component
public class RequestRateLimit {

    /** Far above any gateway's needs; keeps the window's memory bounded (800 kB). */
    public static final int MAX_TPS = 100_000;
    private static final long WINDOW_MS = 1_000;

    private final Clock clock;
    private final int configured;
    // Read without the lock on every call, so "no limit" costs nothing.
    private volatile int tps;
    // Guarded by this: when each of the last tps admitted calls came, oldest at [next] once full.
    private long[] admittedAt = new long[0];
    private int next;
    private int filled;

    public RequestRateLimit(Clock clock, RateLimitProperties properties) {
        this.clock = clock;
        this.configured = properties.rateLimitTps();
        set(configured);
    }

    public int tps() {
        return tps;
    }

    /** A new limit starts with an empty window. 0 = no limit. */
    public synchronized void set(int limit) {
        if (limit < 0 || limit > MAX_TPS) {
            throw new IllegalArgumentException("tps must be from 0 to " + MAX_TPS + ", got " + limit);
        }
        admittedAt = new long[limit];
        next = 0;
        filled = 0;
        tps = limit;
    }

    /** Back to SIMULATOR_RATE_LIMIT_TPS. */
    public int reset() {
        set(configured);
        return configured;
    }

    /** Whether this call may pass; a call that may is counted in the window. */
    boolean admit() {
        if (tps == 0) {
            return true;
        }
        synchronized (this) {
            if (admittedAt.length == 0) {
                return true;
            }
            long now = clock.millis();
            if (filled == admittedAt.length && admittedAt[next] > now - WINDOW_MS) {
                return false;
            }
            admittedAt[next] = now;
            next = (next + 1) % admittedAt.length;
            filled = Math.min(filled + 1, admittedAt.length);
            return true;
        }
    }
}
