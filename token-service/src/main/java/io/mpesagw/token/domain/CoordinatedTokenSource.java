package io.mpesagw.token.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Makes N replicas call Daraja OAuth once, not N times: a replica first takes the token another one
 * stored, if that answers its need; otherwise it takes the shared refresh lock, looks again (the
 * replica before it in the queue may just have refreshed), and only then calls OAuth and stores
 * the result for the others.
 */
public final class CoordinatedTokenSource implements TokenSource {

    private final String credentialSet;
    private final SharedTokenStore store;
    private final TokenSource oauth;
    private final RefreshPolicy policy;
    private final Duration lockWait;
    private final Clock clock;
    private final LeaseEvents events;

    public CoordinatedTokenSource(String credentialSet, SharedTokenStore store, TokenSource oauth, RefreshPolicy policy,
            Duration lockWait, Clock clock, LeaseEvents events) {
        this.credentialSet = credentialSet;
        this.store = store;
        this.oauth = oauth;
        this.policy = policy;
        this.lockWait = lockWait;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public LeasedToken fetch(RefreshRequest request) throws TokenSourceException {
        Optional<LeasedToken> shared = sharedAnswer(request);
        if (shared.isPresent()) {
            return shared.get();
        }
        return store.underRefreshLock(credentialSet, lockWait, () -> {
            Optional<LeasedToken> meanwhile = sharedAnswer(request);
            if (meanwhile.isPresent()) {
                return meanwhile.get();
            }
            LeasedToken fresh = oauth.fetch(request);
            store.save(credentialSet, fresh);
            events.fetchedFromOAuth();
            return fresh;
        });
    }

    private Optional<LeasedToken> sharedAnswer(RefreshRequest request) {
        Optional<LeasedToken> stored = store.read(credentialSet)
                .filter(token -> request.isAnsweredBy(token, policy, clock.instant()));
        stored.ifPresent(token -> events.adoptedSharedToken());
        return stored;
    }

    @Override
    public String toString() {
        return "CoordinatedTokenSource[" + credentialSet + ", " + oauth + "]";
    }
}
