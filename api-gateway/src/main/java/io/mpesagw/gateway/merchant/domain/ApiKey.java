package io.mpesagw.gateway.merchant.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A merchant's API key as the gateway keeps it: everything except the key itself, of which only
 * the SHA-256 digest is stored.
 *
 * @param expiresAt  set when the key is rotated: it keeps working until then; null = no end
 * @param revokedAt  set when revoked: refused from that moment
 * @param replacedBy the id of the key that replaced it on rotation
 */
public record ApiKey(String id, String merchantId, KeyKind kind, KeyMode mode, Instant createdAt, Instant expiresAt,
                     Instant revokedAt, String replacedBy) {

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public KeyStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return KeyStatus.REVOKED;
        }
        if (expiresAt == null) {
            return KeyStatus.ACTIVE;
        }
        return now.isBefore(expiresAt) ? KeyStatus.EXPIRING : KeyStatus.EXPIRED;
    }

    public boolean usableAt(Instant now) {
        KeyStatus status = statusAt(now);
        return status == KeyStatus.ACTIVE || status == KeyStatus.EXPIRING;
    }

    /** Only a key that was neither rotated nor revoked can be rotated: each key is replaced at most once. */
    public boolean rotatable() {
        return revokedAt == null && expiresAt == null;
    }

    public KeyPrefix prefix() {
        return new KeyPrefix(kind, mode);
    }
}
