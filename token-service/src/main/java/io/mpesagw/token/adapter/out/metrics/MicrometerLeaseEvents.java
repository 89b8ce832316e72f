package io.mpesagw.token.adapter.out.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.token.domain.LeaseEvents;

/** Lease events as Prometheus counters, tagged with the credential set. */
public final class MicrometerLeaseEvents implements LeaseEvents {

    private final Counter refreshes;
    private final Counter failures;
    private final Counter waits;
    private final Counter expiringServed;

    public MicrometerLeaseEvents(MeterRegistry registry, String credentialSet) {
        this.refreshes = counter(registry, "token.refreshes", "Daraja OAuth tokens fetched", credentialSet);
        this.failures = counter(registry, "token.refresh.failures", "Daraja OAuth fetches that failed", credentialSet);
        this.waits = counter(registry, "token.refresh.waits", "Callers that waited for a refresh in flight", credentialSet);
        this.expiringServed = counter(registry, "token.expiring.served",
                "Tokens served inside the refresh buffer because a refresh failed", credentialSet);
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
}
