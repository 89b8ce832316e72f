package io.mpesagw.callback.result.domain;

import io.mpesagw.callback.reception.domain.InboxStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One Result or QueueTimeOut delivery as stored in the inbox, whatever its outcome. The ids are null
 * when the body could not be read or did not carry them.
 *
 * @param receipt the M-Pesa receipt a B2C result is also deduplicated by; null for other kinds and placeholders
 * @param isFinal false only for ResultType 1 ("more messages follow"), which must not absorb the final result
 * @param reason null when accepted or duplicate; otherwise the rejection code and detail
 */
public record ReceivedResult(
        String id,
        ResultKind kind,
        String payoutId,
        String originatorConversationId,
        String conversationId,
        String receipt,
        boolean isFinal,
        String sourceAddress,
        String rawBody,
        InboxStatus status,
        String reason,
        Instant receivedAt) {

    public ReceivedResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public ReceivedResult withStatus(InboxStatus newStatus) {
        return new ReceivedResult(id, kind, payoutId, originatorConversationId, conversationId, receipt, isFinal,
                sourceAddress, rawBody, newStatus, reason, receivedAt);
    }
}
