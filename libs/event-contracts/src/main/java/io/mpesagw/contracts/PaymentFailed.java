package io.mpesagw.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * The payment ended without money moving.
 *
 * @param status {@code FAILED}, {@code CANCELLED} or {@code EXPIRED}
 * @param failureCode a stable code of ours (e.g. {@code customer_cancelled}), not Daraja's text
 * @param darajaResultCode the ResultCode or errorCode Daraja gave, for support and audit
 */
public record PaymentFailed(
        String eventId,
        String paymentId,
        String merchantId,
        PaymentStatus status,
        String failureCode,
        String darajaResultCode,
        String customerMessage,
        Instant occurredAt) implements PaymentEvent {

    public PaymentFailed {
        Objects.requireNonNull(status, "status");
        if (!status.isFinal() || status == PaymentStatus.SUCCEEDED) {
            throw new IllegalArgumentException("a failed payment ends failed, cancelled or expired, not " + status);
        }
    }
}
