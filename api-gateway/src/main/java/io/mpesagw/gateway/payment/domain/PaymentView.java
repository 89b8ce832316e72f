package io.mpesagw.gateway.payment.domain;

import io.mpesagw.contracts.PaymentStatus;
import java.time.Instant;

/**
 * A payment as the merchant API shows it.
 *
 * @param failureCode our stable code once it ended without money moving
 * @param unknownReason why the outcome is not known yet (e.g. {@code push_outcome_unclear}); only while unknown
 */
public record PaymentView(
        String id,
        String merchantId,
        long amount,
        String msisdn,
        String reference,
        String description,
        PaymentStatus status,
        String failureCode,
        String unknownReason,
        String message,
        String mpesaReceipt,
        String checkoutSessionId,
        Instant createdAt,
        Instant updatedAt) {
}
