package io.mpesagw.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * Ask the customer at {@code msisdn} to approve a payment of {@code amount} whole shillings.
 *
 * @param msisdn canonical Daraja form, {@code 2547XXXXXXXX} or {@code 2541XXXXXXXX}
 * @param accountReference shown to the customer in the prompt (Daraja: at most 12 characters)
 * @param credentialSet the Daraja credential set to push with ({@link CredentialSets}); absent means the default
 */
public record RequestStkPush(
        String paymentId,
        String merchantId,
        long amount,
        String msisdn,
        String accountReference,
        String description,
        Instant requestedAt,
        String credentialSet) implements PaymentCommand {

    public RequestStkPush {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(msisdn, "msisdn");
        Objects.requireNonNull(accountReference, "accountReference");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be at least 1 shilling, was " + amount);
        }
        credentialSet = CredentialSets.orDefault(credentialSet);
    }

    /** A push with the deployment's default credential set. */
    public RequestStkPush(String paymentId, String merchantId, long amount, String msisdn, String accountReference,
            String description, Instant requestedAt) {
        this(paymentId, merchantId, amount, msisdn, accountReference, description, requestedAt, CredentialSets.DEFAULT);
    }
}
