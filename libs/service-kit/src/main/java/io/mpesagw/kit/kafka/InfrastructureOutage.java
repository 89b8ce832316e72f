package io.mpesagw.kit.kafka;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A record that fails because the database (or another service's socket) is down is not at fault:
 * dead-lettering it after the usual few retries would drop a valid payment command during an outage
 * longer than ~20 s. Such a record is retried until the outage ends, every {@code max} at the most;
 * only its partition waits, and order is kept.
 *
 * @param initial KAFKA_OUTAGE_RETRY_INITIAL: the first wait (default 1 s), doubling
 * @param max     KAFKA_OUTAGE_RETRY_MAX: the longest wait between two attempts (default 30 s; well under
 *                the consumer's max.poll.interval, so the consumer keeps its partitions while it waits)
 */
@ConfigurationProperties("mpesa.kafka.outage-retry")
public record InfrastructureOutage(@DefaultValue("1s") Duration initial, @DefaultValue("30s") Duration max) {

    public InfrastructureOutage {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || max.compareTo(Duration.ofMinutes(4)) > 0) {
            throw new IllegalArgumentException("outage retry must satisfy 0 < initial <= max <= 4m (the consumer's"
                    + " max.poll.interval is 5m); got initial " + initial + ", max " + max);
        }
    }

    /** Attempts without end: the outage, not a count, decides when the record goes through. */
    public BackOff backOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(initial.toMillis(), 2.0);
        backOff.setMaxInterval(max.toMillis());
        return backOff;
    }

    /** Whether anything in the failure's cause chain says the database or a peer could not be reached. */
    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P0x (the server shutting down or starting). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
