package io.mpesagw.payment.payout.application;

import io.mpesagw.payment.payout.domain.StatusQuerySchedule;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How payouts with no clear outcome are settled (README: PAYOUT_* variables).
 *
 * @param janitorInterval how often the janitor looks for payouts due a Transaction Status query
 */
@ConfigurationProperties("mpesa.payout")
public record PayoutSettings(Duration resultTimeout, Duration statusQueryInterval, Duration notFoundAfter,
        Duration janitorInterval) {

    public PayoutSettings {
        schedule(resultTimeout, statusQueryInterval, notFoundAfter); // fails start-up on a bad value
        if (janitorInterval == null || janitorInterval.isNegative() || janitorInterval.isZero()) {
            throw new IllegalStateException("PAYOUT_JANITOR_INTERVAL must be a positive duration, got " + janitorInterval);
        }
    }

    public StatusQuerySchedule schedule() {
        return schedule(resultTimeout, statusQueryInterval, notFoundAfter);
    }

    private static StatusQuerySchedule schedule(Duration resultTimeout, Duration queryInterval, Duration notFoundAfter) {
        try {
            return new StatusQuerySchedule(resultTimeout, queryInterval, notFoundAfter);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PAYOUT_RESULT_TIMEOUT, PAYOUT_STATUS_QUERY_INTERVAL and "
                    + "PAYOUT_NOT_FOUND_AFTER must be positive durations: " + e.getMessage(), e);
        }
    }
}
