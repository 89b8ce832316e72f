package io.mpesagw.token.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A Daraja access token as this service hands it out, with when it was issued (its lifetime decides
 * when it is due) and when it expires, both to the millisecond (what the shared store keeps, so a
 * token reads back equal). {@link #toString()} never shows the value.
 */
public record LeasedToken(String value, Instant issuedAt, Instant expiresAt) {

    public LeasedToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a token value is required");
        }
        issuedAt = Objects.requireNonNull(issuedAt, "issuedAt is required").truncatedTo(ChronoUnit.MILLIS);
        expiresAt = Objects.requireNonNull(expiresAt, "expiresAt is required").truncatedTo(ChronoUnit.MILLIS);
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a token must expire after it was issued");
        }
    }

    public Duration lifetime() {
        return Duration.between(issuedAt, expiresAt);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "LeasedToken[value=****, issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }
}
