package io.mpesagw.payment.adapter.out.daraja;

import java.time.Duration;

/**
 * How payment-service retries a Daraja call that was throttled (spike arrest or quota: Daraja
 * certainly did not process it): up to four attempts, waiting 1 s, 2 s, 4 s between them, which
 * keeps a per-second spike arrest happy without giving up early. Shared by every Daraja adapter.
 */
public final class ThrottleBackoff {

    static final int MAX_ATTEMPTS = 4;

    private ThrottleBackoff() {
    }

    /** Waits before attempt {@code attempt + 1}; false (without waiting) when {@code attempt} was the last. */
    public static boolean waitBeforeRetry(int attempt) {
        if (attempt >= MAX_ATTEMPTS) {
            return false;
        }
        try {
            Thread.sleep(Duration.ofSeconds(1L << (attempt - 1)).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
