package io.mpesagw.contracts;

import java.time.Instant;

/** Daraja queued the B2C payment; its Result will follow. */
public record PayoutSubmitted(String eventId, String payoutId, String merchantId, String conversationId,
        Instant occurredAt) implements PayoutEvent {

    @Override
    public PayoutStatus status() {
        return PayoutStatus.SUBMITTED;
    }
}
