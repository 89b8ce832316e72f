package io.mpesagw.gateway.payment.domain;

import io.mpesagw.contracts.PaymentStatus;
import java.time.Instant;

/** A payment as the merchant API shows it. */
public record PaymentView(
        String id,
        String merchantId,
        long amount,
        String msisdn,
        String reference,
        String description,
        PaymentStatus status,
        String failureCode,
        String message,
        String mpesaReceipt,
        String checkoutSessionId,
        Instant createdAt,
        Instant updatedAt) {
}
