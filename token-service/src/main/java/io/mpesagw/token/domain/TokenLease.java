package io.mpesagw.token.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The cached token of one credential set. Callers get a token valid for at least the refresh
 * buffer; when it runs low, exactly one caller fetches a new one and every other caller waits for
 * that same result (single flight), at most {@code maxWait}. Daraja rate-limits OAuth and may
 * invalidate older tokens on each issue, so fewer fetches is safer, not just cheaper.
 */
public final class TokenLease {

    private final String credentialSet;
    private final TokenSource source;
    private final Clock clock;
    private final Duration buffer;
    private final Duration maxWait;
    private final LeaseEvents events;
    private final ReentrantLock lock = new ReentrantLock();
    private Held held; // guarded by lock
    private CompletableFuture<Held> refresh; // guarded by lock; null when no fetch is in flight

    private record Held(LeasedToken token, Instant obtainedAt) {
    }

    private record Flight(CompletableFuture<Held> future, boolean leader) {
    }

    public TokenLease(String credentialSet, TokenSource source, Clock clock, Duration buffer, Duration maxWait,
            LeaseEvents events) {
        if (buffer.isNegative() || maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("buffer must be >= 0 and maxWait > 0");
        }
        this.credentialSet = credentialSet;
        this.source = source;
        this.clock = clock;
        this.buffer = buffer;
        this.maxWait = maxWait;
        this.events = events;
    }

    public String credentialSet() {
        return credentialSet;
    }

    /** A token valid for at least the buffer, refreshing it first if needed. */
    public LeasedToken current() {
        Flight flight;
        lock.lock();
        try {
            if (held != null && !refreshDue(held)) {
                return held.token();
            }
            flight = joinOrStart();
        } finally {
            lock.unlock();
        }
        return landOrFallBack(flight, null);
    }

    /**
     * Compare-and-refresh: a caller saw {@code staleValue} rejected by Daraja. Only if it is still
     * the current token is a new one fetched; if another caller already replaced it, that one is returned.
     */
    public LeasedToken invalidate(String staleValue) {
        Flight flight;
        lock.lock();
        try {
            if (held != null && held.token().value().equals(staleValue)) {
                held = null; // Daraja refused it: nobody should be handed it again
            } else if (held != null && !refreshDue(held)) {
                return held.token();
            }
            flight = joinOrStart();
        } finally {
            lock.unlock();
        }
        return landOrFallBack(flight, staleValue);
    }

    /** Waits for the refresh; if OAuth is down, a token inside the buffer still works until it expires. */
    private LeasedToken landOrFallBack(Flight flight, String refusedValue) {
        try {
            return fly(flight).token();
        } catch (TokenUnavailableException e) {
            Held fallback = usableHeld(refusedValue);
            if (fallback == null) {
                throw e;
            }
            events.servedExpiringToken();
            return fallback.token();
        }
    }

    private Flight joinOrStart() {
        if (refresh != null) {
            return new Flight(refresh, false);
        }
        refresh = new CompletableFuture<>();
        return new Flight(refresh, true);
    }

    private Held fly(Flight flight) {
        if (flight.leader()) {
            fetchInto(flight.future());
        } else {
            events.waitedForRefresh();
        }
        return await(flight.future());
    }

    private void fetchInto(CompletableFuture<Held> future) {
        try {
            Held fresh = new Held(source.fetch(), clock.instant());
            finish(fresh);
            events.refreshed();
            future.complete(fresh);
        } catch (Throwable e) {
            // Whatever happened, waiters must wake and the next caller must be able to try again.
            finish(null);
            events.refreshFailed();
            future.completeExceptionally(e);
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /** Publishes the outcome before waiters wake, so that no caller starts a second fetch meanwhile. */
    private void finish(Held fresh) {
        lock.lock();
        try {
            if (fresh != null) {
                held = fresh;
            }
            refresh = null;
        } finally {
            lock.unlock();
        }
    }

    private Held await(CompletableFuture<Held> future) {
        try {
            return future.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TokenUnavailableException("No Daraja token for credential set '" + credentialSet
                    + "': the refresh did not finish within " + maxWait + ". Retry shortly.");
        } catch (ExecutionException e) {
            String why = e.getCause() instanceof TokenSourceException source
                    ? source.getMessage() : "the token source failed (" + e.getCause().getClass().getSimpleName() + ")";
            throw new TokenUnavailableException("No Daraja token for credential set '" + credentialSet + "': " + why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailableException("Interrupted while waiting for a Daraja token.");
        }
    }

    /** The held token if it has not expired and is not the one being invalidated; else null. */
    private Held usableHeld(String staleValue) {
        lock.lock();
        try {
            boolean usable = held != null && clock.instant().isBefore(held.token().expiresAt())
                    && !held.token().value().equals(staleValue);
            return usable ? held : null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Due when less than the buffer is left. A token issued with a lifetime under twice the buffer
     * (a simulator with a short TTL) is refreshed at half-life instead, so that it is not fetched on every call.
     */
    private boolean refreshDue(Held h) {
        Duration lifetime = Duration.between(h.obtainedAt(), h.token().expiresAt());
        Duration margin = buffer.compareTo(lifetime.dividedBy(2)) <= 0 ? buffer : lifetime.dividedBy(2);
        return clock.instant().plus(margin).isAfter(h.token().expiresAt());
    }
}
