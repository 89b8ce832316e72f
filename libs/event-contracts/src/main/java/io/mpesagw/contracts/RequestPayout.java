package io.mpesagw.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * Pay {@code amount} whole shillings to the M-Pesa customer at {@code msisdn} (B2C). The gateway has
 * checked the limits; payment-service sends it at most once, whatever the redeliveries.
 *
 * @param msisdn canonical Daraja form, {@code 2547XXXXXXXX} or {@code 2541XXXXXXXX}
 * @param reference the merchant's own reference, kept for reconciliation (not sent to Daraja)
 * @param remarks Daraja's Remarks (2 to 100 characters)
 * @param occasion Daraja's Occassion, optional
 * @param credentialSet the Daraja credential set to pay out with ({@link CredentialSets}); absent means the default
 */
public record RequestPayout(
        String payoutId,
        String merchantId,
        long amount,
        String msisdn,
        String reference,
        String remarks,
        String occasion,
        Instant requestedAt,
        String credentialSet) implements PayoutCommand {

    public RequestPayout {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(msisdn, "msisdn");
        Objects.requireNonNull(remarks, "remarks");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be at least 1 shilling, was " + amount);
        }
        credentialSet = CredentialSets.orDefault(credentialSet);
    }

    /** A payout with the deployment's default credential set. */
    public RequestPayout(String payoutId, String merchantId, long amount, String msisdn, String reference,
            String remarks, String occasion, Instant requestedAt) {
        this(payoutId, merchantId, amount, msisdn, reference, remarks, occasion, requestedAt, CredentialSets.DEFAULT);
    }
}
