package io.mpesagw.payment.application;

import io.mpesagw.payment.domain.ReconciliationSchedule;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The janitor's timings (README, "Reconciliation"); a bad combination stops start-up.
 *
 * @param interval     how often the janitor looks for due payments (PAYMENT_JANITOR_INTERVAL)
 * @param queryAfter   first STK query this long after the push when no callback came (PAYMENT_RECONCILE_AFTER)
 * @param backoff      waits between queries that learn nothing final; the last repeats (PAYMENT_RECONCILE_BACKOFF)
 * @param promptExpiry after this long a payment nobody can settle any more ends expired (PAYMENT_PROMPT_EXPIRY)
 */
@ConfigurationProperties("mpesa.payment.reconciliation")
public record ReconciliationSettings(Duration interval, Duration queryAfter, List<Duration> backoff,
        Duration promptExpiry) {

    public ReconciliationSettings {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("PAYMENT_JANITOR_INTERVAL must be a positive duration, got " + interval);
        }
        try {
            new ReconciliationSchedule(queryAfter, backoff, promptExpiry);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PAYMENT_RECONCILE_AFTER, PAYMENT_RECONCILE_BACKOFF, PAYMENT_PROMPT_EXPIRY: "
                    + e.getMessage(), e);
        }
    }

    public ReconciliationSchedule schedule() {
        return new ReconciliationSchedule(queryAfter, backoff, promptExpiry);
    }
}
