package io.mpesagw.gateway.payment.domain;

import java.util.Objects;

/** A validated request to collect {@code amount} shillings from {@code msisdn}. Cannot be built invalid. */
public record PaymentInstruction(long amount, String msisdn, String reference, String description) {

    public PaymentInstruction {
        Objects.requireNonNull(msisdn, "msisdn");
        Objects.requireNonNull(reference, "reference");
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be at least 1");
        }
    }
}
