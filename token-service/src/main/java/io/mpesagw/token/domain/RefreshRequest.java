package io.mpesagw.token.domain;

import java.time.Instant;

/**
 * Why a new token is wanted. Another replica may already have stored one that answers it, in which
 * case no OAuth call is needed: for a caller, any token that is not due; for the background
 * refresh, one that is not even ahead-due; after Daraja refused a token, anything but that token.
 */
public sealed interface RefreshRequest {

    record OnDemand() implements RefreshRequest {
    }

    record Ahead() implements RefreshRequest {
    }

    /** Compare-and-refresh: Daraja answered Invalid Access Token to {@code value}. */
    record Refused(String value) implements RefreshRequest {

        @Override
        public String toString() {
            return "Refused[value=****]";
        }
    }

    default boolean isAnsweredBy(LeasedToken shared, RefreshPolicy policy, Instant now) {
        if (shared == null) {
            return false;
        }
        return switch (this) {
            case OnDemand onDemand -> !policy.isDue(shared, now);
            case Ahead ahead -> !policy.isAhead(shared, now);
            case Refused refused -> !shared.value().equals(refused.value()) && !policy.isDue(shared, now);
        };
    }
}
