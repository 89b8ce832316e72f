package io.mpesagw.gateway.idempotency.application;

import io.mpesagw.gateway.idempotency.domain.IdempotencyRecord;
import io.mpesagw.gateway.idempotency.domain.IdempotentRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * The keys the gateway has seen. Every change but {@link #complete} is guarded so that two requests
 * racing for one key cannot both win; {@code claimToken} names the request that holds a claim.
 */
public interface IdempotencyKeys {

    /** Inserts the in-flight row unless the key is known; true if this request now holds it. */
    boolean claim(IdempotentRequest request, String claimToken, Instant now, Instant lockedUntil, Instant expiresAt);

    Optional<IdempotencyRecord> find(IdempotentRequest request);

    /** Takes over an in-flight row whose lock ran out before {@code now}; true if this request now holds it. */
    boolean takeOver(IdempotentRequest request, String claimToken, Instant now, Instant lockedUntil);

    /**
     * Stores the answer, only while {@code claimToken} still holds the key; must run in the transaction
     * that made what the answer describes. False if the claim was taken over.
     */
    boolean complete(IdempotentRequest request, String claimToken, int status, String body);

    /** Forgets an in-flight claim this request still holds, so the client may retry with the same key. */
    void release(IdempotentRequest request, String claimToken);

    /** Forgets this key if it expired before {@code now}. */
    void forgetIfExpired(IdempotentRequest request, Instant now);

    /** Forgets every key that expired before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
