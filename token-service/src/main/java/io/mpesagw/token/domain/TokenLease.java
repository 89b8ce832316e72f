package io.mpesagw.token.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The cached token of one credential set in this replica. Callers get a token valid for at least
 * the refresh buffer; when it runs low, exactly one caller refreshes it and every other caller
 * waits for that same result (single flight), at most {@code maxWait}. After a failed refresh,
 * OAuth is left alone for a growing back-off while a still-valid token keeps being served.
 * Daraja rate-limits OAuth, so fewer fetches is safer, not just cheaper.
 */
public final class TokenLease {

    private final String credentialSet;
    private final TokenSource source;
    private final Clock clock;
    private final RefreshPolicy policy;
    private final Duration maxWait;
    private final Backoff backoff;
    private final LeaseEvents events;
    private final ReentrantLock lock = new ReentrantLock();
    // all guarded by lock
    private LeasedToken held;
    private CompletableFuture<LeasedToken> refresh; // null when no refresh is in flight
    private int consecutiveFailures;
    private Instant retryAt;
    private String lastFailure;

    private record Flight(CompletableFuture<LeasedToken> future, RefreshRequest leaderRequest) {

        boolean leader() {
            return leaderRequest != null;
        }
    }

    public TokenLease(String credentialSet, TokenSource source, Clock clock, RefreshPolicy policy, Duration maxWait,
            Backoff backoff, LeaseEvents events) {
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("maxWait must be positive");
        }
        this.credentialSet = credentialSet;
        this.source = source;
        this.clock = clock;
        this.policy = policy;
        this.maxWait = maxWait;
        this.backoff = backoff;
        this.events = events;
    }

    public String credentialSet() {
        return credentialSet;
    }

    /** The token this replica holds, for metrics; never refreshes. */
    public Optional<LeasedToken> held() {
        lock.lock();
        try {
            return Optional.ofNullable(held);
        } finally {
            lock.unlock();
        }
    }

    /** A token valid for at least the buffer, refreshing it first if needed. */
    public LeasedToken current() {
        Flight flight;
        lock.lock();
        try {
            if (held != null && !policy.isDue(held, clock.instant())) {
                return held;
            }
            flight = startOrJoin(new RefreshRequest.OnDemand());
        } finally {
            lock.unlock();
        }
        return land(flight, null);
    }

    /**
     * Compare-and-refresh: a caller saw {@code staleValue} refused by Daraja. Only if it is still the
     * current token is a new one fetched; if it was already replaced, the replacement is returned.
     */
    public LeasedToken invalidate(String staleValue) {
        for (int attempt = 1; ; attempt++) {
            Flight flight;
            lock.lock();
            try {
                if (held != null && held.value().equals(staleValue)) {
                    held = null; // Daraja refused it: nobody should be handed it again
                } else if (held != null && !policy.isDue(held, clock.instant())) {
                    return held;
                }
                flight = startOrJoin(new RefreshRequest.Refused(staleValue));
            } finally {
                lock.unlock();
            }
            LeasedToken token = land(flight, staleValue);
            // a refresh that was already in flight for another reason may have brought the refused token back
            if (!token.value().equals(staleValue) || attempt == 2) {
                return token;
            }
        }
    }

    /**
     * The set's credentials were replaced: the held token (of the old app) is dropped, the back-off is
     * reset, and a refresh still in flight is left to finish for its own waiters but is no longer joined
     * nor kept (it may have fetched with the old credentials).
     */
    public void forget() {
        lock.lock();
        try {
            held = null;
            refresh = null;
            consecutiveFailures = 0;
            retryAt = null;
            lastFailure = null;
        } finally {
            lock.unlock();
        }
    }

    /** The background refresh: replaces a token ahead of the buffer, so that callers rarely wait. */
    public void refreshAhead() {
        Flight flight;
        lock.lock();
        try {
            Instant now = clock.instant();
            if (refresh != null || inBackoff(now) || held != null && !policy.isAhead(held, now)) {
                return;
            }
            refresh = new CompletableFuture<>();
            flight = new Flight(refresh, new RefreshRequest.Ahead());
        } finally {
            lock.unlock();
        }
        try {
            fly(flight);
        } catch (TokenUnavailableException e) {
            // counted as a failed refresh; callers are still served the held token while it is valid
        }
    }

    /** Under the lock: joins the refresh in flight, starts one, or (backing off) refuses without calling OAuth. */
    private Flight startOrJoin(RefreshRequest request) {
        if (refresh != null) {
            return new Flight(refresh, null);
        }
        Instant now = clock.instant();
        if (inBackoff(now)) {
            CompletableFuture<LeasedToken> backingOff = new CompletableFuture<>();
            backingOff.completeExceptionally(new TokenUnavailableException("No Daraja token for credential set '"
                    + credentialSet + "': the last refresh failed (" + lastFailure + "); the next attempt is after "
                    + retryAt + "."));
            return new Flight(backingOff, null);
        }
        refresh = new CompletableFuture<>();
        return new Flight(refresh, request);
    }

    /** Waits for the refresh; if it fails, a held token that has not expired (and was not refused) still works. */
    private LeasedToken land(Flight flight, String refusedValue) {
        try {
            return fly(flight);
        } catch (TokenUnavailableException e) {
            LeasedToken fallback = usableHeld(refusedValue);
            if (fallback == null) {
                throw e;
            }
            events.servedExpiringToken();
            return fallback;
        }
    }

    private LeasedToken fly(Flight flight) {
        if (flight.leader()) {
            fetchInto(flight.future(), flight.leaderRequest());
        } else if (!flight.future().isDone()) {
            events.waitedForRefresh();
        }
        return await(flight.future());
    }

    private void fetchInto(CompletableFuture<LeasedToken> future, RefreshRequest request) {
        try {
            LeasedToken fresh = source.fetch(request);
            succeeded(future, fresh);
            events.refreshed();
            future.complete(fresh);
        } catch (Throwable e) {
            // whatever happened, waiters must wake and a later caller must be able to try again
            failed(future, e);
            events.refreshFailed();
            future.completeExceptionally(e);
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /**
     * Publishes the outcome before waiters wake, so that no caller starts a second fetch meanwhile; a
     * flight that {@link #forget()} detached changes nothing.
     */
    private void succeeded(CompletableFuture<LeasedToken> flight, LeasedToken fresh) {
        lock.lock();
        try {
            if (refresh != flight) {
                return;
            }
            held = fresh;
            refresh = null;
            consecutiveFailures = 0;
            retryAt = null;
            lastFailure = null;
        } finally {
            lock.unlock();
        }
    }

    private void failed(CompletableFuture<LeasedToken> flight, Throwable e) {
        lock.lock();
        try {
            if (refresh != flight) {
                return;
            }
            refresh = null;
            consecutiveFailures++;
            retryAt = clock.instant().plus(backoff.after(consecutiveFailures));
            lastFailure = e instanceof TokenSourceException ? e.getMessage() : e.getClass().getSimpleName();
        } finally {
            lock.unlock();
        }
    }

    private boolean inBackoff(Instant now) {
        return retryAt != null && now.isBefore(retryAt);
    }

    private LeasedToken await(CompletableFuture<LeasedToken> future) {
        try {
            return future.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TokenUnavailableException("No Daraja token for credential set '" + credentialSet
                    + "': the refresh did not finish within " + maxWait + ". Retry shortly.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TokenUnavailableException unavailable) {
                throw unavailable;
            }
            String why = e.getCause() instanceof TokenSourceException source
                    ? source.getMessage() : "the token source failed (" + e.getCause().getClass().getSimpleName() + ")";
            throw new TokenUnavailableException("No Daraja token for credential set '" + credentialSet + "': " + why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailableException("Interrupted while waiting for a Daraja token.");
        }
    }

    /** The held token if it has not expired and is not the refused one; else null. */
    private LeasedToken usableHeld(String refusedValue) {
        lock.lock();
        try {
            boolean usable = held != null && !held.isExpiredAt(clock.instant()) && !held.value().equals(refusedValue);
            return usable ? held : null;
        } finally {
            lock.unlock();
        }
    }
}
