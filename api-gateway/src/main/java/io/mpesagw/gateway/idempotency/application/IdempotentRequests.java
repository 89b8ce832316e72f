package io.mpesagw.gateway.idempotency.application;

import io.mpesagw.gateway.GatewaySettings;
import io.mpesagw.gateway.idempotency.domain.IdempotencyRecord;
import io.mpesagw.gateway.idempotency.domain.IdempotentRequest;
import io.mpesagw.gateway.idempotency.domain.RepeatVerdict;
import io.mpesagw.kit.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place where a POST carrying an {@code Idempotency-Key} runs at most once: it claims the key,
 * runs the handler in a transaction that also stores the answer, and answers a retry from the store.
 */
@Service
public class IdempotentRequests {

    /** Far longer than a request takes; after it a claim counts as abandoned (its process died). */
    static final Duration CLAIM_LOCK = Duration.ofSeconds(30);
    /** A key released or expired under us is claimed again; more rounds than this mean heavy contention. */
    private static final int ROUNDS = 3;

    private final IdempotencyKeys keys;
    private final TransactionTemplate handlerTransaction;
    private final TransactionTemplate ownTransaction;
    private final Duration keyTtl;
    private final Clock clock;

    public IdempotentRequests(IdempotencyKeys keys, PlatformTransactionManager transactions, GatewaySettings settings,
            Clock clock) {
        this.keys = keys;
        this.handlerTransaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.keyTtl = settings.idempotencyKeyTtl();
        this.clock = clock;
    }

    /**
     * Runs {@code handler} (which returns the JSON body of a {@code status} answer) unless this key
     * already ran or is running. A handler that throws leaves nothing stored: the key is free again.
     */
    public IdempotentOutcome execute(IdempotentRequest request, int status, Supplier<String> handler) {
        for (int round = 0; round < ROUNDS; round++) {
            // PostgreSQL keeps microseconds (rounding): compare with what it stores, not with nanoseconds.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String claim = UUID.randomUUID().toString();
            // Committed at once, so that concurrent requests with this key see it while the handler runs.
            if (ownTransaction.execute(tx -> keys.claim(request, claim, now, now.plus(CLAIM_LOCK), now.plus(keyTtl)))) {
                return run(request, claim, status, handler);
            }
            Optional<IdempotencyRecord> known = keys.find(request);
            if (known.isEmpty()) {
                continue; // the holder failed and released it between our insert and our read
            }
            switch (known.get().judge(request.fingerprint(), now)) {
                case RepeatVerdict.Expired expired -> keys.forgetIfExpired(request, now);
                case RepeatVerdict.DifferentRequest different -> throw reused();
                case RepeatVerdict.Replay replay -> {
                    return new IdempotentOutcome.Replayed(replay.status(), replay.body());
                }
                case RepeatVerdict.StillRunning running -> {
                    return new IdempotentOutcome.InUse();
                }
                case RepeatVerdict.Abandoned abandoned -> {
                    if (ownTransaction.execute(tx -> keys.takeOver(request, claim, now, now.plus(CLAIM_LOCK)))) {
                        return run(request, claim, status, handler);
                    }
                }
            }
        }
        return new IdempotentOutcome.InUse();
    }

    private IdempotentOutcome run(IdempotentRequest request, String claim, int status, Supplier<String> handler) {
        try {
            String body = handlerTransaction.execute(tx -> {
                String answer = handler.get();
                if (!keys.complete(request, claim, status, answer)) {
                    throw new ClaimTakenOver();
                }
                return answer;
            });
            return new IdempotentOutcome.Executed(status, body);
        } catch (ClaimTakenOver e) {
            // This request stalled past its lock and another took the key over: ours rolled back, theirs counts.
            return new IdempotentOutcome.InUse();
        } catch (RuntimeException | Error e) {
            // Refused or failed before anything was created: not stored, so the client may retry with this key.
            try {
                ownTransaction.executeWithoutResult(tx -> keys.release(request, claim));
            } catch (RuntimeException releaseFailed) {
                e.addSuppressed(releaseFailed); // the claim's lock runs out and a retry takes it over
            }
            throw e;
        }
    }

    private static ApiException reused() {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_request_error", "idempotency_key_reused",
                "This Idempotency-Key was already used with a different request body; send a new key for a new request.",
                null);
    }

    /** Signals inside the handler's transaction that its completion lost the key, so the transaction rolls back. */
    private static final class ClaimTakenOver extends RuntimeException {
        ClaimTakenOver() {
            super("the idempotency key was taken over by another request", null, false, false);
        }
    }
}
