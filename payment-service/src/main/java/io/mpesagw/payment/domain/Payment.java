package io.mpesagw.payment.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer-to-business payment by STK push, as payment-service knows it.
 *
 * @param failureCode our stable code once it failed, or {@link #CALLBACK_MISMATCH} while flagged
 * @param credentialSet the Daraja credential set every call about this payment is made with
 */
public record Payment(
        String id,
        String merchantId,
        long amount,
        String msisdn,
        String accountReference,
        String description,
        PaymentState state,
        String checkoutRequestId,
        String failureCode,
        Instant createdAt,
        String credentialSet) {

    /** A callback that did not match the payment (amount, phone): held for a person, never settled automatically. */
    public static final String CALLBACK_MISMATCH = "callback_mismatch";

    /** The deployment's own Daraja credential set (DARAJA_* settings), as token-service names it. */
    public static final String DEFAULT_CREDENTIAL_SET = "default";

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(credentialSet, "credentialSet");
    }

    /** A payment with the deployment's own credential set. */
    public static Payment requested(String id, String merchantId, long amount, String msisdn,
            String accountReference, String description, Instant at) {
        return requested(id, merchantId, amount, msisdn, accountReference, description, at, DEFAULT_CREDENTIAL_SET);
    }

    public static Payment requested(String id, String merchantId, long amount, String msisdn,
            String accountReference, String description, Instant at, String credentialSet) {
        return new Payment(id, merchantId, amount, msisdn, accountReference, description,
                PaymentState.REQUESTED, null, null, at, credentialSet);
    }

    /** Flagged for a person: neither a later callback nor the janitor may settle it. */
    public boolean isFlagged() {
        return state == PaymentState.UNKNOWN && CALLBACK_MISMATCH.equals(failureCode);
    }
}
