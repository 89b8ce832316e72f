package io.mpesagw.payment.payout.domain;

import io.mpesagw.payment.domain.Payment;
import java.time.Instant;
import java.util.Objects;

/**
 * A B2C payout. {@code originatorConversationId} is ours, minted once and stored before the request
 * leaves: it is Daraja's idempotency key (v3 refuses a repeat) and the handle for Transaction Status.
 * {@code credentialSet} names the Daraja credential set the B2C request and every status query use.
 */
public record Payout(
        String id,
        String merchantId,
        long amount,
        String msisdn,
        String reference,
        String remarks,
        String occasion,
        String originatorConversationId,
        String conversationId,
        PayoutState state,
        String mpesaReceipt,
        Instant createdAt,
        String credentialSet) {

    public Payout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(originatorConversationId, "originatorConversationId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(credentialSet, "credentialSet");
    }

    /** A payout with the deployment's own credential set. */
    public static Payout requested(String id, String merchantId, long amount, String msisdn, String reference,
            String remarks, String occasion, String originatorConversationId, Instant now) {
        return requested(id, merchantId, amount, msisdn, reference, remarks, occasion, originatorConversationId, now,
                Payment.DEFAULT_CREDENTIAL_SET);
    }

    public static Payout requested(String id, String merchantId, long amount, String msisdn, String reference,
            String remarks, String occasion, String originatorConversationId, Instant now, String credentialSet) {
        return new Payout(id, merchantId, amount, msisdn, reference, remarks, occasion, originatorConversationId,
                null, PayoutState.REQUESTED, null, now, credentialSet);
    }
}
