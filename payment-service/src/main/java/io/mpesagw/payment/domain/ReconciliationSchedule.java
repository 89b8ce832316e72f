package io.mpesagw.payment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * When the janitor looks at a payment whose callback has not come: the first STK query
 * {@code queryAfter} the push, then again after each step of {@code backoff} (the last step repeats),
 * and no later than the moment the prompt expires, so expiry is decided on time.
 *
 * @param queryAfter   how long a callback may take before the first query
 * @param backoff      waits between queries that learn nothing final
 * @param promptExpiry how long after the push the customer's prompt can still be answered
 */
public record ReconciliationSchedule(Duration queryAfter, List<Duration> backoff, Duration promptExpiry) {

    public ReconciliationSchedule {
        requirePositive(queryAfter, "queryAfter");
        requirePositive(promptExpiry, "promptExpiry");
        Objects.requireNonNull(backoff, "backoff");
        if (backoff.isEmpty()) {
            throw new IllegalArgumentException("backoff needs at least one step");
        }
        backoff.forEach(step -> requirePositive(step, "every backoff step"));
        backoff = List.copyOf(backoff);
        if (promptExpiry.compareTo(queryAfter) <= 0) {
            throw new IllegalArgumentException("promptExpiry (" + promptExpiry + ") must be longer than queryAfter ("
                    + queryAfter + "): a prompt must be queried at least once before it expires");
        }
    }

    /** When the first query is due for a payment pushed at {@code pushedAt}. */
    public Instant firstQueryAt(Instant pushedAt) {
        return pushedAt.plus(queryAfter);
    }

    /** When the prompt of a payment pushed at {@code pushedAt} can no longer be answered. */
    public Instant expiresAt(Instant pushedAt) {
        return pushedAt.plus(promptExpiry);
    }

    public boolean hasExpired(Instant pushedAt, Instant now) {
        return !now.isBefore(expiresAt(pushedAt));
    }

    /**
     * When to query again after the {@code queriesSoFar}-th query learned nothing final at {@code now}:
     * the next backoff step, but never past the expiry of a prompt that has not expired yet.
     */
    public Instant nextQueryAt(int queriesSoFar, Instant pushedAt, Instant now) {
        Duration step = backoff.get(Math.min(Math.max(queriesSoFar, 1), backoff.size()) - 1);
        Instant next = now.plus(step);
        Instant expiry = expiresAt(pushedAt);
        return now.isBefore(expiry) && next.isAfter(expiry) ? expiry : next;
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
        }
    }
}
