package io.mpesagw.gateway.web;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One resilience4j rate limiter per client (an address or a key digest), at most {@code capacity} of them:
 * past that the least recently seen client is forgotten, so an attacker rotating addresses costs a bounded
 * amount of memory; at worst a forgotten client starts again with a full allowance.
 */
final class ClientBuckets {

    /** What one request was granted, in the terms of the rate-limit headers. */
    record Allowance(String scope, boolean granted, int limit, int remaining, long resetSeconds) {

        /** The one the client should heed: a refusal, else the one with less left. */
        Allowance tighter(Allowance other) {
            if (!granted || (other.granted && remaining <= other.remaining)) {
                return this;
            }
            return other;
        }
    }

    private final String scope;
    private final int limit;
    private final Duration period;
    private final RateLimiterConfig config;
    private final Map<String, AtomicRateLimiter> limiters;

    ClientBuckets(String scope, int limit, Duration period, int capacity) {
        this.scope = scope;
        this.limit = limit;
        this.period = period;
        this.config = RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build(); // refuse at once: a waiting request would hold a thread
        this.limiters = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, AtomicRateLimiter> eldest) {
                return size() > capacity;
            }
        };
    }

    Allowance take(String client) {
        AtomicRateLimiter limiter = limiterOf(client);
        boolean granted = limiter.acquirePermission();
        AtomicRateLimiter.AtomicRateLimiterMetrics metrics = limiter.getDetailedMetrics();
        int remaining = Math.max(0, metrics.getAvailablePermissions());
        // With permits left the window's end is not exposed: the period bounds it.
        long resetNanos = remaining > 0 ? period.toNanos() : metrics.getNanosToWait();
        return new Allowance(scope, granted, limit, remaining, Math.max(1, ceilSeconds(resetNanos)));
    }

    synchronized int size() {
        return limiters.size();
    }

    private synchronized AtomicRateLimiter limiterOf(String client) {
        return limiters.computeIfAbsent(client, unused -> new AtomicRateLimiter(scope, config));
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
