package io.mpesagw.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * Daraja posted to a Transaction Status query's QueueTimeOutURL: the query got no answer. It says
 * nothing about the payout itself; ask again. Fields other than ours are null when the body lacks them.
 */
public record TransactionStatusTimedOut(
        String callbackId,
        String payoutId,
        String originatorConversationId,
        String conversationId,
        String resultCode,
        String resultDesc,
        Instant receivedAt) implements PayoutCallback {

    public TransactionStatusTimedOut {
        Objects.requireNonNull(callbackId, "callbackId");
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
