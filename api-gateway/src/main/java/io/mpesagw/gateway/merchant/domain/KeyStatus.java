package io.mpesagw.gateway.merchant.domain;

import java.util.Locale;

/** Where a key is in its life: usable, usable until its rotation grace ends, or refused. */
public enum KeyStatus {
    ACTIVE,
    /** Rotated: still accepted until {@link ApiKey#expiresAt()}, so deployments can switch over. */
    EXPIRING,
    EXPIRED,
    REVOKED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
