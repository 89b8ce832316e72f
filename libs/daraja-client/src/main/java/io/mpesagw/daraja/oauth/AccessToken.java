package io.mpesagw.daraja.oauth;

import java.time.Instant;
import java.util.Objects;

/** A Daraja OAuth token and when it stops working. Never printed: {@link #toString()} masks it. */
public record AccessToken(String value, Instant expiresAt) {

    public AccessToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an access token value is required");
        }
        Objects.requireNonNull(expiresAt, "expiresAt is required");
    }

    @Override
    public String toString() {
        return "AccessToken[value=****, expiresAt=" + expiresAt + "]";
    }
}
