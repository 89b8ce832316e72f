package io.mpesagw.token.domain;

import java.time.Duration;

/** How long to leave Daraja OAuth alone after consecutive failures: doubling from {@code first}, at most {@code max}. */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max");
        }
    }

    public Duration after(int consecutiveFailures) {
        Duration wait = first;
        for (int i = 1; i < consecutiveFailures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) <= 0 ? wait : max;
    }
}
