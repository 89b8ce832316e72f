package io.mpesagw.token.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mpesagw.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenLeaseTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration BUFFER = Duration.ofMinutes(5);
    private static final Duration LIFETIME = Duration.ofSeconds(3599);
    private static final Duration AHEAD = Duration.ofMinutes(5);
    private static final RefreshPolicy POLICY = new RefreshPolicy(BUFFER, AHEAD);
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final MutableClock clock = new MutableClock(START);
    private final FakeTokenSource oauth = new FakeTokenSource(clock);
    private final CountingLeaseEvents events = new CountingLeaseEvents();
    private final TokenLease lease = new TokenLease("default", oauth, clock, POLICY, Duration.ofSeconds(10), BACKOFF, events);
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void release() {
        oauth.open();
        callers.shutdownNow();
    }

    @Test
    void fetches_once_and_then_serves_the_cached_token() {
        LeasedToken first = lease.current();

        assertThat(first).isEqualTo(new LeasedToken("token-1", START, START.plus(LIFETIME)));
        assertThat(lease.current()).isEqualTo(first);
        assertThat(oauth.calls()).isEqualTo(1);
        assertThat(events.refreshes).hasValue(1);
    }

    @Test
    void a_token_with_exactly_the_buffer_left_is_still_served() {
        lease.current();
        clock.set(START.plus(LIFETIME).minus(BUFFER));

        assertThat(lease.current().value()).isEqualTo("token-1");
        assertThat(oauth.calls()).isEqualTo(1);
    }

    @Test
    void a_token_with_less_than_the_buffer_left_is_refreshed() {
        lease.current();
        clock.set(START.plus(LIFETIME).minus(BUFFER).plusSeconds(1));

        LeasedToken refreshed = lease.current();

        assertThat(refreshed.value()).isEqualTo("token-2");
        assertThat(Duration.between(clock.instant(), refreshed.expiresAt())).isGreaterThanOrEqualTo(BUFFER);
    }

    @Test
    void an_expired_token_is_refreshed() {
        lease.current();
        clock.advance(LIFETIME.plusMinutes(10));

        assertThat(lease.current().value()).isEqualTo("token-2");
        assertThat(oauth.calls()).isEqualTo(2);
    }

    @Test
    void two_hundred_concurrent_callers_share_exactly_one_oauth_call() throws Exception {
        oauth.close();
        List<Future<LeasedToken>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            results.add(callers.submit(lease::current));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events.waits).hasValue(199));
        oauth.open();

        for (Future<LeasedToken> result : results) {
            assertThat(result.get().value()).isEqualTo("token-1");
        }
        assertThat(oauth.calls()).isEqualTo(1);
    }

    @Test
    void callers_inside_the_buffer_also_share_one_refresh() throws Exception {
        lease.current();
        clock.set(START.plus(LIFETIME).minus(Duration.ofMinutes(1)));
        oauth.close();
        List<Future<LeasedToken>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            results.add(callers.submit(lease::current));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events.waits).hasValue(49));
        oauth.open();

        for (Future<LeasedToken> result : results) {
            assertThat(result.get().value()).isEqualTo("token-2");
        }
        assertThat(oauth.calls()).isEqualTo(2);
    }

    @Test
    void invalidating_the_current_token_fetches_a_new_one() {
        LeasedToken stale = lease.current();

        LeasedToken fresh = lease.invalidate(stale.value());

        assertThat(fresh.value()).isEqualTo("token-2");
        assertThat(lease.current()).isEqualTo(fresh);
        assertThat(oauth.calls()).isEqualTo(2);
    }

    @Test
    void invalidating_a_token_that_was_already_replaced_returns_the_replacement_without_fetching() {
        LeasedToken stale = lease.current();
        LeasedToken replacement = lease.invalidate(stale.value());

        assertThat(lease.invalidate(stale.value())).isEqualTo(replacement);
        assertThat(lease.invalidate("some-token-we-never-issued")).isEqualTo(replacement);
        assertThat(oauth.calls()).isEqualTo(2);
    }

    @Test
    void concurrent_invalidations_of_the_same_stale_token_cause_one_fetch() throws Exception {
        LeasedToken stale = lease.current();
        oauth.close();
        List<Future<LeasedToken>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            results.add(callers.submit(() -> lease.invalidate(stale.value())));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events.waits).hasValue(19));
        oauth.open();

        for (Future<LeasedToken> result : results) {
            assertThat(result.get().value()).isEqualTo("token-2");
        }
        assertThat(oauth.calls()).isEqualTo(2);
    }

    @Test
    void keeps_serving_a_still_valid_token_while_oauth_is_down() {
        lease.current();
        clock.set(START.plus(LIFETIME).minus(Duration.ofMinutes(2)));
        oauth.down(true);

        assertThat(lease.current().value()).isEqualTo("token-1");
        assertThat(events.failures).hasValue(1);
        assertThat(events.expiringServed).hasValue(1);

        clock.set(START.plus(LIFETIME));
        assertThatThrownBy(lease::current)
                .isInstanceOf(TokenUnavailableException.class)
                .hasMessageContaining("credential set 'default'")
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void recovers_once_the_backoff_after_a_failure_has_passed() {
        oauth.down(true);
        assertThatThrownBy(lease::current).isInstanceOf(TokenUnavailableException.class);

        oauth.down(false);
        clock.advance(Duration.ofSeconds(1));

        assertThat(lease.current().value()).isEqualTo("token-2");
    }

    @Test
    void while_backing_off_callers_hear_why_at_once_and_oauth_is_left_alone() {
        oauth.down(true);
        assertThatThrownBy(lease::current).isInstanceOf(TokenUnavailableException.class);

        assertThatThrownBy(lease::current)
                .isInstanceOf(TokenUnavailableException.class)
                .hasMessageContaining("the last refresh failed (Daraja OAuth answered HTTP 503")
                .hasMessageContaining("the next attempt is after " + START.plusSeconds(1));
        assertThat(oauth.calls()).isEqualTo(1);
    }

    @Test
    void the_backoff_doubles_with_each_consecutive_failure() {
        oauth.down(true);
        assertThatThrownBy(lease::current).isInstanceOf(TokenUnavailableException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(lease::current).isInstanceOf(TokenUnavailableException.class);
        assertThat(oauth.calls()).isEqualTo(2);

        clock.advance(Duration.ofMillis(1999));
        assertThatThrownBy(lease::current).isInstanceOf(TokenUnavailableException.class);
        assertThat(oauth.calls()).isEqualTo(2);
        clock.advance(Duration.ofMillis(1));
        assertThatThrownBy(lease::current).isInstanceOf(TokenUnavailableException.class);
        assertThat(oauth.calls()).isEqualTo(3);
    }

    @Test
    void the_background_refresh_leaves_a_fresh_token_alone() {
        lease.current();
        clock.set(START.plus(LIFETIME).minus(BUFFER).minus(AHEAD));

        lease.refreshAhead();

        assertThat(oauth.calls()).isEqualTo(1);
    }

    @Test
    void the_background_refresh_replaces_a_token_ahead_of_the_buffer_so_callers_never_wait() {
        lease.current();
        clock.set(START.plus(LIFETIME).minus(BUFFER).minus(AHEAD).plusSeconds(1));

        lease.refreshAhead();

        assertThat(oauth.calls()).isEqualTo(2);
        assertThat(oauth.lastRequest()).isEqualTo(new RefreshRequest.Ahead());
        assertThat(lease.current().value()).isEqualTo("token-2");
        assertThat(events.waits).hasValue(0);
    }

    @Test
    void the_background_refresh_fetches_the_first_token_before_any_caller_asks() {
        lease.refreshAhead();

        assertThat(lease.held()).map(LeasedToken::value).contains("token-1");
        assertThat(lease.current().value()).isEqualTo("token-1");
        assertThat(oauth.calls()).isEqualTo(1);
    }

    @Test
    void a_failed_background_refresh_does_not_disturb_callers_of_a_valid_token() {
        lease.current();
        clock.set(START.plus(LIFETIME).minus(BUFFER).minusSeconds(30));
        oauth.down(true);

        lease.refreshAhead();
        lease.refreshAhead();

        assertThat(events.failures).hasValue(1);
        assertThat(oauth.calls()).isEqualTo(2);
        assertThat(lease.current().value()).isEqualTo("token-1");
    }

    @Test
    void an_invalidated_token_is_not_served_even_when_oauth_is_down() {
        LeasedToken stale = lease.current();
        oauth.down(true);

        assertThatThrownBy(() -> lease.invalidate(stale.value())).isInstanceOf(TokenUnavailableException.class);
        assertThatThrownBy(lease::current).isInstanceOf(TokenUnavailableException.class);
    }

    @Test
    void a_waiter_gives_up_after_the_bounded_wait() throws Exception {
        TokenLease impatient = new TokenLease("default", oauth, clock, POLICY, Duration.ofMillis(200), BACKOFF, events);
        oauth.close();
        Future<LeasedToken> leader = callers.submit(impatient::current);
        await().atMost(Duration.ofSeconds(10)).until(() -> oauth.calls() == 1);

        assertThatThrownBy(impatient::current)
                .isInstanceOf(TokenUnavailableException.class)
                .hasMessageContaining("did not finish within PT0.2S");

        oauth.open();
        assertThat(leader.get().value()).isEqualTo("token-1");
    }

    @Test
    void a_short_lived_token_is_refreshed_at_half_life_not_on_every_call() {
        oauth.lifetime(Duration.ofMinutes(4));
        lease.current();

        clock.advance(Duration.ofMinutes(1));
        assertThat(lease.current().value()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(lease.current().value()).isEqualTo("token-2");
    }
}
