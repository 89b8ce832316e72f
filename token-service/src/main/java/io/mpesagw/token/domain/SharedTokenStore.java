package io.mpesagw.token.domain;

import java.time.Duration;
import java.util.Optional;

/** Where the replicas of token-service keep each credential set's current token, and take turns refreshing it. */
public interface SharedTokenStore {

    /** The stored token, if there is one this replica can read (sealed with a key it knows, unaltered). */
    Optional<LeasedToken> read(String credentialSet);

    /**
     * Runs {@code work} while holding the credential set's refresh lock, which one replica at a time
     * holds; waits at most {@code wait} for it.
     */
    LeasedToken underRefreshLock(String credentialSet, Duration wait, RefreshWork work) throws TokenSourceException;

    /** Stores the set's new token; called under the refresh lock. */
    void save(String credentialSet, LeasedToken token);

    /**
     * Drops the set's stored token (its credentials were replaced), under the refresh lock so that a
     * refresh in flight with the old credentials has stored its token before, not after. Joins the
     * caller's transaction, which then holds the lock until it commits.
     *
     * @throws TokenUnavailableException when a refresh held the lock for longer than {@code wait}
     */
    void discard(String credentialSet, Duration wait);

    @FunctionalInterface
    interface RefreshWork {
        LeasedToken run() throws TokenSourceException;
    }
}
