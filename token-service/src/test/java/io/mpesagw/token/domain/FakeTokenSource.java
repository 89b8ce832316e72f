package io.mpesagw.token.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Daraja OAuth stand-in: issues token-1, token-2, ...; can fail, or hold every fetch until released. */
final class FakeTokenSource implements TokenSource {

    private final Clock clock;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Duration lifetime = Duration.ofSeconds(3599);
    private volatile boolean down;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile RefreshRequest lastRequest;

    FakeTokenSource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public LeasedToken fetch(RefreshRequest request) throws TokenSourceException {
        int n = calls.incrementAndGet();
        lastRequest = request;
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new TokenSourceException("test gate never opened", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenSourceException("interrupted", e);
        }
        if (down) {
            throw new TokenSourceException("Daraja OAuth answered HTTP 503: (empty body).", null);
        }
        return new LeasedToken("token-" + n, clock.instant(), clock.instant().plus(lifetime));
    }

    RefreshRequest lastRequest() {
        return lastRequest;
    }

    int calls() {
        return calls.get();
    }

    void down(boolean isDown) {
        down = isDown;
    }

    void lifetime(Duration value) {
        lifetime = value;
    }

    /** Every fetch from now on blocks until {@link #open()}. */
    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }
}
