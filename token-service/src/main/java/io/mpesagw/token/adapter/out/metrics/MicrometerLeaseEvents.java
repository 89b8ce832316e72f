package io.mpesagw.token.adapter.out.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.token.domain.LeaseEvents;
import io.mpesagw.token.domain.LeasedToken;
import io.mpesagw.token.domain.TokenLease;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/** Lease events as Prometheus counters, and the held token's age and time left as gauges, per credential set. */
public final class MicrometerLeaseEvents implements LeaseEvents {

    private final Counter refreshes;
    private final Counter failures;
    private final Counter waits;
    private final Counter expiringServed;
    private final Counter oauthFetches;
    private final Counter adoptions;

    public MicrometerLeaseEvents(MeterRegistry registry, String credentialSet) {
        this.refreshes = counter(registry, "token.refreshes", "New tokens taken into use by this replica", credentialSet);
        this.failures = counter(registry, "token.refresh.failures", "Refreshes that failed", credentialSet);
        this.waits = counter(registry, "token.refresh.waits", "Callers that waited for a refresh in flight", credentialSet);
        this.expiringServed = counter(registry, "token.expiring.served",
                "Tokens served inside the refresh buffer because a refresh failed", credentialSet);
        this.oauthFetches = counter(registry, "token.oauth.fetches", "Daraja OAuth calls made by this replica", credentialSet);
        this.adoptions = counter(registry, "token.shared.adoptions",
                "Tokens taken from the shared store, refreshed by another replica", credentialSet);
    }

    /** Age of the held token and time it has left; NaN while the replica holds none. */
    public static void registerGauges(MeterRegistry registry, TokenLease lease, Clock clock) {
        gauge(registry, "token.age.seconds", "Age of the token this replica holds", lease,
                token -> Duration.between(token.issuedAt(), clock.instant()));
        gauge(registry, "token.remaining.seconds", "Time until the held token expires", lease,
                token -> Duration.between(clock.instant(), token.expiresAt()));
    }

    private static void gauge(MeterRegistry registry, String name, String description, TokenLease lease,
            Function<LeasedToken, Duration> measure) {
        Gauge.builder(name, lease, l -> l.held().map(measure).map(d -> d.toMillis() / 1000.0).orElse(Double.NaN))
                .description(description).tag("credential_set", lease.credentialSet()).register(registry);
    }

    private static Counter counter(MeterRegistry registry, String name, String description, String credentialSet) {
        return Counter.builder(name).description(description).tag("credential_set", credentialSet).register(registry);
    }

    @Override
    public void refreshed() {
        refreshes.increment();
    }

    @Override
    public void refreshFailed() {
        failures.increment();
    }

    @Override
    public void waitedForRefresh() {
        waits.increment();
    }

    @Override
    public void servedExpiringToken() {
        expiringServed.increment();
    }

    @Override
    public void fetchedFromOAuth() {
        oauthFetches.increment();
    }

    @Override
    public void adoptedSharedToken() {
        adoptions.increment();
    }
}
