package io.mpesagw.token.adapter.out.daraja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.mpesagw.token.domain.LeasedToken;
import io.mpesagw.token.domain.RefreshRequest;
import io.mpesagw.token.domain.TokenSourceException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakingTokenSourceTest {

    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean down = true;
    private final CircuitBreaker breaker = CircuitBreaker.of("daraja-oauth-default", CircuitBreakerConfig.custom()
            .slidingWindowSize(5).minimumNumberOfCalls(3).failureRateThreshold(60)
            .waitDurationInOpenState(Duration.ofMinutes(1)).recordExceptions(TokenSourceException.class).build());
    private final CircuitBreakingTokenSource source = new CircuitBreakingTokenSource(request -> {
        calls.incrementAndGet();
        if (down) {
            throw new TokenSourceException("Daraja OAuth answered HTTP 503: (empty body).", null);
        }
        return new LeasedToken("t", Instant.now(), Instant.now().plusSeconds(3599));
    }, breaker);

    @Test
    void opens_after_repeated_oauth_failures_and_stops_calling_oauth() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> source.fetch(new RefreshRequest.OnDemand())).hasMessageContaining("HTTP 503");
        }

        assertThatThrownBy(() -> source.fetch(new RefreshRequest.OnDemand()))
                .isInstanceOf(TokenSourceException.class)
                .hasMessage("Daraja OAuth keeps failing, so calls to it are paused (circuit breaker 'daraja-oauth-default' is OPEN)");
        assertThat(calls).hasValue(3);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void stays_closed_while_oauth_mostly_answers() throws Exception {
        down = false;
        source.fetch(new RefreshRequest.OnDemand());
        source.fetch(new RefreshRequest.OnDemand());
        down = true;
        assertThatThrownBy(() -> source.fetch(new RefreshRequest.OnDemand())).isInstanceOf(TokenSourceException.class);

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
