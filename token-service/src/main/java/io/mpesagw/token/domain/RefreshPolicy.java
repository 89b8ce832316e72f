package io.mpesagw.token.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a token is no longer handed out (less than the buffer left: Daraja might see it expire
 * mid-request) and when a background refresh replaces it, {@code ahead} earlier, so that callers
 * rarely wait. A token issued with a lifetime under twice the buffer (a simulator with a short
 * TTL) is due at half-life instead, and ahead at a quarter, so it is not fetched on every call.
 */
public record RefreshPolicy(Duration buffer, Duration ahead) {

    public RefreshPolicy {
        if (buffer.isNegative() || ahead.isNegative()) {
            throw new IllegalArgumentException("buffer and ahead must not be negative");
        }
    }

    public boolean isDue(LeasedToken token, Instant now) {
        return now.plus(margin(token)).isAfter(token.expiresAt());
    }

    public boolean isAhead(LeasedToken token, Instant now) {
        Duration quarter = token.lifetime().dividedBy(4);
        Duration early = ahead.compareTo(quarter) <= 0 ? ahead : quarter;
        return now.plus(margin(token)).plus(early).isAfter(token.expiresAt());
    }

    private Duration margin(LeasedToken token) {
        Duration half = token.lifetime().dividedBy(2);
        return buffer.compareTo(half) <= 0 ? buffer : half;
    }
}
