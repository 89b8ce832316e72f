package io.mpesagw.gateway.payout.domain;

import io.mpesagw.contracts.PayoutStatus;
import java.time.Instant;

/** A B2C payout as the merchant API shows it. */
public record PayoutView(
        String id,
        String merchantId,
        long amount,
        String msisdn,
        String reference,
        String remarks,
        String occasion,
        PayoutStatus status,
        String failureCode,
        String message,
        String mpesaReceipt,
        Instant createdAt,
        Instant updatedAt) {
}
