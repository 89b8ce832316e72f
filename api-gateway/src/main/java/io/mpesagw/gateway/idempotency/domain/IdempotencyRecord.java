package io.mpesagw.gateway.idempotency.domain;

import java.time.Instant;

/** What the gateway remembers of a key it has seen: a request still running, or the answer it got. */
public sealed interface IdempotencyRecord {

    RequestFingerprint fingerprint();

    Instant expiresAt();

    /** Claimed by a request that has not answered yet; after {@code lockedUntil} its holder is presumed dead. */
    record InFlight(RequestFingerprint fingerprint, Instant lockedUntil, Instant expiresAt) implements IdempotencyRecord {
    }

    /** Answered: every retry gets this status and body. */
    record Completed(RequestFingerprint fingerprint, int status, String body, Instant expiresAt) implements IdempotencyRecord {
    }

    /** How a new request carrying this record's key is treated. */
    default RepeatVerdict judge(RequestFingerprint request, Instant now) {
        if (!expiresAt().isAfter(now)) {
            return new RepeatVerdict.Expired();
        }
        // Checked before the state: reusing a key for another request is a client bug, whether or not the first finished.
        if (!fingerprint().equals(request)) {
            return new RepeatVerdict.DifferentRequest();
        }
        return switch (this) {
            case Completed completed -> new RepeatVerdict.Replay(completed.status(), completed.body());
            case InFlight inFlight -> inFlight.lockedUntil().isAfter(now)
                    ? new RepeatVerdict.StillRunning() : new RepeatVerdict.Abandoned();
        };
    }
}
