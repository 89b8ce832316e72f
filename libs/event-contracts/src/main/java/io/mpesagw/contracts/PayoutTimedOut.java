package io.mpesagw.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * Daraja posted to the B2C QueueTimeOutURL: the payment timed out in M-Pesa's queue and its outcome
 * is UNKNOWN, not failed (it may still go through). Settle it with Transaction Status before any
 * retry, or risk paying twice. No real payload has ever been captured, so every field but the ids of
 * our own is null when the body did not carry it.
 */
public record PayoutTimedOut(
        String callbackId,
        String payoutId,
        String originatorConversationId,
        String conversationId,
        String resultCode,
        String resultDesc,
        Instant receivedAt) implements PayoutCallback {

    public PayoutTimedOut {
        Objects.requireNonNull(callbackId, "callbackId");
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
