package io.mpesagw.payment.payout.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a payout's fate is asked of Transaction Status.
 *
 * @param resultTimeout how long a submitted payout may wait for its Result before it counts as unknown
 * @param queryInterval how long to wait for a query's own Result before asking again
 * @param notFoundAfter how old a payout must be before "transaction not found" means it never happened
 */
public record StatusQuerySchedule(Duration resultTimeout, Duration queryInterval, Duration notFoundAfter) {

    public StatusQuerySchedule {
        requirePositive(resultTimeout, "resultTimeout");
        requirePositive(queryInterval, "queryInterval");
        requirePositive(notFoundAfter, "notFoundAfter");
    }

    /** A submitted payout with no Result by then is asked about. */
    public Instant firstQueryAt(Instant submittedAt) {
        return submittedAt.plus(resultTimeout);
    }

    /** A query just sent (or refused) is repeated then, unless its Result settles the payout first. */
    public Instant nextQueryAt(Instant now) {
        return now.plus(queryInterval);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
        }
    }
}
