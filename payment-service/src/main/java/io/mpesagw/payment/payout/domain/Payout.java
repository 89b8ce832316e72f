package io.mpesagw.payment.payout.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A B2C payout. {@code originatorConversationId} is ours, minted once and stored before the request
 * leaves: it is Daraja's idempotency key (v3 refuses a repeat) and the handle for Transaction Status.
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
        Instant createdAt) {

    public Payout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(originatorConversationId, "originatorConversationId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Payout requested(String id, String merchantId, long amount, String msisdn, String reference,
            String remarks, String occasion, String originatorConversationId, Instant now) {
        return new Payout(id, merchantId, amount, msisdn, reference, remarks, occasion, originatorConversationId,
                null, PayoutState.REQUESTED, null, now);
    }
}
