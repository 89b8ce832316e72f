package io.mpesagw.gateway.payment.adapter.in.web;

import io.mpesagw.gateway.payment.domain.PaymentView;
import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(allowableValues = {"pending", "submitted", "unknown", "succeeded", "failed", "cancelled", "expired"},
                description = "unknown: M-Pesa has not confirmed the outcome yet (money may have moved); it moves on"
                        + " to a final status by itself, or is held for a person when unknown_reason is callback_mismatch")
        String status,
        @Schema(description = "Why the payment ended without money moving, e.g. insufficient_funds; only when final")
        String failureCode,
        @Schema(description = "Why the outcome is not known yet: push_outcome_unclear (no clear answer to the prompt"
                + " request) or callback_mismatch (M-Pesa reported another amount or phone); only while unknown")
        String unknownReason,
        String message,
        String mpesaReceipt,
        Instant createdAt,
        Instant updatedAt) {

    static PaymentResource of(PaymentView p) {
        return new PaymentResource(p.id(), "payment", p.amount(), "KES", p.msisdn(), p.reference(), p.description(),
                p.status().wireName(), p.failureCode(), p.unknownReason(), p.message(), p.mpesaReceipt(), p.createdAt(),
                p.updatedAt());
    }
}
