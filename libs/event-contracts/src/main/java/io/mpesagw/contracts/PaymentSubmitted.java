package io.mpesagw.contracts;

import java.time.Instant;

/** Daraja accepted the STK push: the prompt is on its way to the customer's phone. */
public record PaymentSubmitted(
        String eventId,
        String paymentId,
        String merchantId,
        String checkoutRequestId,
        String customerMessage,
        Instant occurredAt) implements PaymentEvent {

    @Override
    public PaymentStatus status() {
        return PaymentStatus.SUBMITTED;
    }
}
