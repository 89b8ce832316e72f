package io.mpesagw.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationScheduleTest {

    private static final Instant PUSHED = Instant.parse("2026-11-28T10:00:00Z");
    private static final ReconciliationSchedule SCHEDULE = new ReconciliationSchedule(Duration.ofSeconds(30),
            List.of(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(60)), Duration.ofMinutes(5));

    @Test
    void the_first_query_waits_for_the_callback_first() {
        assertThat(SCHEDULE.firstQueryAt(PUSHED)).isEqualTo(PUSHED.plusSeconds(30));
    }

    @Test
    void each_query_that_learns_nothing_waits_longer_and_the_last_step_repeats() {
        Instant first = PUSHED.plusSeconds(30);

        assertThat(SCHEDULE.nextQueryAt(1, PUSHED, first)).isEqualTo(first.plusSeconds(15));
        assertThat(SCHEDULE.nextQueryAt(2, PUSHED, first.plusSeconds(15))).isEqualTo(first.plusSeconds(45));
        assertThat(SCHEDULE.nextQueryAt(3, PUSHED, first.plusSeconds(45))).isEqualTo(first.plusSeconds(105));
        assertThat(SCHEDULE.nextQueryAt(9, PUSHED, first.plusSeconds(105))).isEqualTo(first.plusSeconds(165));
    }

    @Test
    void the_next_query_never_comes_after_the_prompt_expired_so_expiry_is_decided_on_time() {
        Instant almostExpired = PUSHED.plus(Duration.ofMinutes(5)).minusSeconds(10);

        assertThat(SCHEDULE.nextQueryAt(4, PUSHED, almostExpired)).isEqualTo(SCHEDULE.expiresAt(PUSHED));
    }

    @Test
    void after_expiry_the_backoff_goes_on_for_payments_daraja_cannot_answer_for() {
        Instant late = PUSHED.plus(Duration.ofMinutes(7));

        assertThat(SCHEDULE.nextQueryAt(4, PUSHED, late)).isEqualTo(late.plusSeconds(60));
    }

    @Test
    void the_prompt_expires_exactly_at_its_expiry() {
        assertThat(SCHEDULE.hasExpired(PUSHED, PUSHED.plus(Duration.ofMinutes(5)).minusMillis(1))).isFalse();
        assertThat(SCHEDULE.hasExpired(PUSHED, PUSHED.plus(Duration.ofMinutes(5)))).isTrue();
    }

    @Test
    void refuses_timings_that_could_expire_a_payment_before_its_first_query() {
        assertThatThrownBy(() -> new ReconciliationSchedule(Duration.ofMinutes(5), List.of(Duration.ofSeconds(15)),
                Duration.ofMinutes(5))).hasMessageContaining("must be longer than queryAfter");
        assertThatThrownBy(() -> new ReconciliationSchedule(Duration.ofSeconds(30), List.of(), Duration.ofMinutes(5)))
                .hasMessageContaining("at least one step");
        assertThatThrownBy(() -> new ReconciliationSchedule(Duration.ofSeconds(30), List.of(Duration.ZERO),
                Duration.ofMinutes(5))).hasMessageContaining("positive");
    }
}
