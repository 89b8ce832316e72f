package io.mpesagw.gateway.payment.adapter.in.web;

import io.mpesagw.gateway.payment.domain.PaymentView;
import java.time.Instant;

/** The public JSON shape of a payment (snake_case on the wire). */
record PaymentResource(
        String id,
        String object,
        long amount,
        String currency,
        String phoneNumber,
        String reference,
        String description,
        String status,
        String failureCode,
        String message,
        String mpesaReceipt,
        Instant createdAt,
        Instant updatedAt) {

    static PaymentResource of(PaymentView p) {
        return new PaymentResource(p.id(), "payment", p.amount(), "KES", p.msisdn(), p.reference(), p.description(),
                p.status().wireName(), p.failureCode(), p.message(), p.mpesaReceipt(), p.createdAt(), p.updatedAt());
    }
}
