package io.mpesagw.gateway.idempotency.application;

/** What a POST with an {@code Idempotency-Key} answers. */
public sealed interface IdempotentOutcome {

    /** The handler ran now; its answer is stored for retries. */
    record Executed(int status, String body) implements IdempotentOutcome {
    }

    /** A retry: the stored answer of the request that ran. */
    record Replayed(int status, String body) implements IdempotentOutcome {
    }

    /** Another request with this key is running: nothing ran, retry shortly. */
    record InUse() implements IdempotentOutcome {
    }
}
