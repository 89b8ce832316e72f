package io.mpesagw.token.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A set's credentials were replaced: the lease must not hand out, nor keep, a token of the old app. */
class TokenLeaseForgetTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final RefreshPolicy POLICY = new RefreshPolicy(Duration.ofMinutes(5), Duration.ofMinutes(5));

    private final MutableClock clock = new MutableClock(START);
    private final FakeTokenSource oauth = new FakeTokenSource(clock);
    private final TokenLease lease = new TokenLease("mer_3hT9xk", oauth, clock, POLICY, Duration.ofSeconds(10),
            new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)), new CountingLeaseEvents());
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void release() {
        oauth.open();
        callers.shutdownNow();
    }

    @Test
    void a_forgotten_token_is_replaced_on_the_next_call() {
        assertThat(lease.current().value()).isEqualTo("token-1");

        lease.forget();

        assertThat(lease.current().value()).isEqualTo("token-2");
        assertThat(oauth.calls()).isEqualTo(2);
    }

    @Test
    void a_refresh_in_flight_when_the_set_is_replaced_is_neither_joined_nor_kept() throws Exception {
        oauth.close();
        Future<LeasedToken> before = callers.submit(lease::current);
        await().atMost(Duration.ofSeconds(5)).until(() -> oauth.calls() == 1);

        lease.forget();
        Future<LeasedToken> after = callers.submit(lease::current);
        await().atMost(Duration.ofSeconds(5)).until(() -> oauth.calls() == 2);
        oauth.open();

        assertThat(before.get().value()).isEqualTo("token-1");
        assertThat(after.get().value()).isEqualTo("token-2");
        assertThat(lease.current().value()).isEqualTo("token-2");
        assertThat(oauth.calls()).isEqualTo(2);
    }

    @Test
    void forgetting_ends_the_back_off_so_new_credentials_are_tried_at_once() {
        oauth.down(true);
        try {
            lease.current();
        } catch (TokenUnavailableException expected) {
            // the old app was refused; the lease now backs off
        }
        oauth.down(false);

        lease.forget();

        assertThat(lease.current().value()).isEqualTo("token-2");
    }
}
