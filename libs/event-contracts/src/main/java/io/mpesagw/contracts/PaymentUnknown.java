package io.mpesagw.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * Nobody knows yet whether the customer paid: the payment is held open, not failed. A late callback or
 * the janitor's STK query settles it with a final event; a flagged one waits for a person.
 *
 * @param reasonCode a stable code of ours: {@link #PUSH_OUTCOME_UNCLEAR} or {@link #CALLBACK_MISMATCH}
 */
public record PaymentUnknown(
        String eventId,
        String paymentId,
        String merchantId,
        String reasonCode,
        String customerMessage,
        Instant occurredAt) implements PaymentEvent {

    /** The STK push timed out or got an unclear answer: the customer may have been prompted. */
    public static final String PUSH_OUTCOME_UNCLEAR = "push_outcome_unclear";

    /** A callback reported money for another amount or phone: held for a person, never credited automatically. */
    public static final String CALLBACK_MISMATCH = "callback_mismatch";

    public PaymentUnknown {
        Objects.requireNonNull(reasonCode, "reasonCode");
    }

    @Override
    public PaymentStatus status() {
        return PaymentStatus.UNKNOWN;
    }
}
