package io.mpesagw.gateway.payout.adapter.in.web;

import io.mpesagw.gateway.payout.domain.PayoutView;
import java.time.Instant;

/** The public JSON shape of a payout (snake_case on the wire). */
record PayoutResource(
        String id,
        String object,
        long amount,
        String currency,
        String phoneNumber,
        String reference,
        String remarks,
        String occasion,
        String status,
        String failureCode,
        String message,
        String mpesaReceipt,
        Instant createdAt,
        Instant updatedAt) {

    static PayoutResource of(PayoutView p) {
        return new PayoutResource(p.id(), "payout", p.amount(), "KES", p.msisdn(), p.reference(), p.remarks(),
                p.occasion(), p.status().wireName(), p.failureCode(), p.message(), p.mpesaReceipt(), p.createdAt(),
                p.updatedAt());
    }
}
