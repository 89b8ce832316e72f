package io.mpesagw.token.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshPolicyTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T08:00:00Z");
    private static final LeasedToken HOUR = new LeasedToken("t", ISSUED, ISSUED.plusSeconds(3599));
    private final RefreshPolicy policy = new RefreshPolicy(Duration.ofMinutes(5), Duration.ofMinutes(5));

    @Test
    void due_when_less_than_the_buffer_is_left_not_at_exactly_the_buffer() {
        Instant edge = HOUR.expiresAt().minus(Duration.ofMinutes(5));

        assertThat(policy.isDue(HOUR, edge)).isFalse();
        assertThat(policy.isDue(HOUR, edge.plusMillis(1))).isTrue();
        assertThat(policy.isDue(HOUR, HOUR.expiresAt().plusSeconds(1))).isTrue();
    }

    @Test
    void ahead_due_the_ahead_margin_before_the_buffer() {
        Instant edge = HOUR.expiresAt().minus(Duration.ofMinutes(10));

        assertThat(policy.isAhead(HOUR, edge)).isFalse();
        assertThat(policy.isAhead(HOUR, edge.plusMillis(1))).isTrue();
        assertThat(policy.isDue(HOUR, edge.plusMillis(1))).isFalse();
    }

    @Test
    void a_short_lived_token_is_due_at_half_life_and_ahead_at_a_quarter_before() {
        LeasedToken fourMinutes = new LeasedToken("t", ISSUED, ISSUED.plus(Duration.ofMinutes(4)));

        assertThat(policy.isDue(fourMinutes, ISSUED.plus(Duration.ofMinutes(2)))).isFalse();
        assertThat(policy.isDue(fourMinutes, ISSUED.plus(Duration.ofMinutes(2)).plusMillis(1))).isTrue();
        assertThat(policy.isAhead(fourMinutes, ISSUED.plus(Duration.ofMinutes(1)))).isFalse();
        assertThat(policy.isAhead(fourMinutes, ISSUED.plus(Duration.ofMinutes(1)).plusMillis(1))).isTrue();
    }

    @Test
    void a_shared_token_answers_a_caller_unless_it_is_due_or_the_one_daraja_refused() {
        Instant now = ISSUED.plus(Duration.ofMinutes(10));

        assertThat(new RefreshRequest.OnDemand().isAnsweredBy(HOUR, policy, now)).isTrue();
        assertThat(new RefreshRequest.Refused("t").isAnsweredBy(HOUR, policy, now)).isFalse();
        assertThat(new RefreshRequest.Refused("older").isAnsweredBy(HOUR, policy, now)).isTrue();
        assertThat(new RefreshRequest.OnDemand().isAnsweredBy(null, policy, now)).isFalse();
        assertThat(new RefreshRequest.OnDemand().isAnsweredBy(HOUR, policy, HOUR.expiresAt())).isFalse();
        assertThat(new RefreshRequest.Ahead().isAnsweredBy(HOUR, policy, HOUR.expiresAt().minus(Duration.ofMinutes(8))))
                .isFalse();
    }

    @Test
    void the_backoff_doubles_up_to_its_maximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.after(7)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofMinutes(1));
    }
}
