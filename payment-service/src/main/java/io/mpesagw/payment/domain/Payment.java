package io.mpesagw.payment.domain;

import java.time.Instant;
import java.util.Objects;

/** A customer-to-business payment by STK push, as payment-service knows it. */
public record Payment(
        String id,
        String merchantId,
        long amount,
        String msisdn,
        String accountReference,
        String description,
        PaymentState state,
        String checkoutRequestId,
        Instant createdAt) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }

    public static Payment requested(String id, String merchantId, long amount, String msisdn,
            String accountReference, String description, Instant at) {
        return new Payment(id, merchantId, amount, msisdn, accountReference, description,
                PaymentState.REQUESTED, null, at);
    }
}
