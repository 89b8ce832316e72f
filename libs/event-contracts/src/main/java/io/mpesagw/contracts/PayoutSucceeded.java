package io.mpesagw.contracts;

import java.time.Instant;

/** The customer was paid; {@code mpesaReceipt} is the receipt they also got by SMS. */
public record PayoutSucceeded(String eventId, String payoutId, String merchantId, long amount, String mpesaReceipt,
        Instant occurredAt) implements PayoutEvent {

    @Override
    public PayoutStatus status() {
        return PayoutStatus.SUCCEEDED;
    }
}
