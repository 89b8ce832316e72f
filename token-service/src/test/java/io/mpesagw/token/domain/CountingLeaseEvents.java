package io.mpesagw.token.domain;

import java.util.concurrent.atomic.AtomicInteger;

final class CountingLeaseEvents implements LeaseEvents {

    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicInteger waits = new AtomicInteger();
    final AtomicInteger expiringServed = new AtomicInteger();

    @Override
    public void refreshed() {
        refreshes.incrementAndGet();
    }

    @Override
    public void refreshFailed() {
        failures.incrementAndGet();
    }

    @Override
    public void waitedForRefresh() {
        waits.incrementAndGet();
    }

    @Override
    public void servedExpiringToken() {
        expiringServed.incrementAndGet();
    }
}
