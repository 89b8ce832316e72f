package io.mpesagw.token.domain;

import java.time.Instant;
import java.util.Objects;

/** A Daraja access token as this service hands it out. {@link #toString()} never shows the value. */
public record LeasedToken(String value, Instant expiresAt) {

    public LeasedToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a token value is required");
        }
        Objects.requireNonNull(expiresAt, "expiresAt is required");
    }

    @Override
    public String toString() {
        return "LeasedToken[value=****, expiresAt=" + expiresAt + "]";
    }
}
