package io.mpesagw.notification.status.domain;

import io.mpesagw.contracts.PaymentStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * The latest known status of one payment, as a customer watching it sees it.
 *
 * @param message a sentence the paying customer understands
 * @param mpesaReceipt the M-Pesa receipt number; only on success
 * @param lastEventId the payment event that set this status (redeliveries carry the same id)
 * @param updatedAt when that event happened
 */
public record PaymentStatusView(
        String paymentId,
        PaymentStatus status,
        String message,
        String mpesaReceipt,
        String lastEventId,
        Instant updatedAt) {

    public PaymentStatusView {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastEventId, "lastEventId");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Whether this view may take the place of {@code current}: only forward ({@link PaymentStatus#mayMoveTo}),
     * so a final status never changes again and a late event never moves a payment back (unknown to
     * submitted, say); a redelivered event (same id) changes nothing. The persistence adapter's guarded
     * update and every live stream apply this same rule.
     */
    public boolean replaces(PaymentStatusView current) {
        return current == null
                || (current.status().mayMoveTo(status) && !current.lastEventId().equals(lastEventId));
    }

    public boolean isFinal() {
        return status.isFinal();
    }
}
