package io.mpesagw.callback.stk.domain;

import io.mpesagw.callback.reception.domain.InboxStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One delivery as stored in the inbox, whatever its outcome.
 *
 * @param checkoutRequestId null when the body could not be read
 * @param reason null when accepted or duplicate; otherwise the rejection code and detail
 */
public record ReceivedCallback(
        String id,
        String paymentId,
        String checkoutRequestId,
        String sourceAddress,
        String rawBody,
        InboxStatus status,
        String reason,
        Instant receivedAt) {

    public ReceivedCallback {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public ReceivedCallback withStatus(InboxStatus newStatus) {
        return new ReceivedCallback(id, paymentId, checkoutRequestId, sourceAddress, rawBody, newStatus, reason,
                receivedAt);
    }
}
