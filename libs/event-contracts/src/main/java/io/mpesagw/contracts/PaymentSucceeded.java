package io.mpesagw.contracts;

import java.time.Instant;

/** The customer paid; {@code mpesaReceipt} is the M-Pesa receipt number they also got by SMS. */
public record PaymentSucceeded(
        String eventId,
        String paymentId,
        String merchantId,
        long amount,
        String mpesaReceipt,
        String customerMessage,
        Instant occurredAt) implements PaymentEvent {

    @Override
    public PaymentStatus status() {
        return PaymentStatus.SUCCEEDED;
    }
}
