package io.mpesagw.contracts;

import java.time.Instant;

/**
 * The payout ended without money moving.
 *
 * @param failureCode a stable code of ours (e.g. {@code insufficient_funds}), not Daraja's text
 * @param darajaResultCode the ResultCode or errorCode Daraja gave, for support and audit
 */
public record PayoutFailed(String eventId, String payoutId, String merchantId, String failureCode,
        String darajaResultCode, String message, Instant occurredAt) implements PayoutEvent {

    @Override
    public PayoutStatus status() {
        return PayoutStatus.FAILED;
    }
}
