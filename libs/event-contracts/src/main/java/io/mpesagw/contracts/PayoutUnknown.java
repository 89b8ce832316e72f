package io.mpesagw.contracts;

import java.time.Instant;

/**
 * Nobody knows yet whether the customer was paid (queue timeout, lost result, unclear answer): a
 * Transaction Status query will tell. {@code reason} is ours, e.g. {@code queue_timeout}.
 */
public record PayoutUnknown(String eventId, String payoutId, String merchantId, String reason, Instant occurredAt)
        implements PayoutEvent {

    @Override
    public PayoutStatus status() {
        return PayoutStatus.UNKNOWN;
    }
}
