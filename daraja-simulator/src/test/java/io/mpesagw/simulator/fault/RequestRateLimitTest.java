package io.mpesagw.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.simulator.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestRateLimitTest {

    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void freeze() {
        clock.freeze();
    }

    @Test
    void admits_n_calls_in_any_one_second_and_counts_only_admitted_ones() {
        RequestRateLimit limit = new RequestRateLimit(clock, new RateLimitProperties(2));

        assertThat(limit.admit()).isTrue();
        clock.advance(Duration.ofMillis(999));
        assertThat(limit.admit()).isTrue();
        assertThat(limit.admit()).isFalse();
        assertThat(limit.admit()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limit.admit()).as("the first call left the window").isTrue();
        assertThat(limit.admit()).isFalse();
        clock.advance(Duration.ofMillis(999));
        assertThat(limit.admit()).isTrue();
    }

    @Test
    void a_new_limit_starts_with_an_empty_window_and_reset_goes_back_to_the_configured_one() {
        RequestRateLimit limit = new RequestRateLimit(clock, new RateLimitProperties(1));
        assertThat(limit.admit()).isTrue();
        assertThat(limit.admit()).isFalse();

        limit.set(1);
        assertThat(limit.admit()).isTrue();
        limit.set(0);
        assertThat(limit.admit()).isTrue();
        assertThat(limit.admit()).isTrue();
        assertThat(limit.reset()).isEqualTo(1);
        assertThat(limit.tps()).isEqualTo(1);
    }

    @Test
    void zero_or_unset_means_no_limit_and_bad_values_stop_start_up_naming_the_variable() {
        assertThat(new RateLimitProperties(null).rateLimitTps()).isZero();
        assertThatThrownBy(() -> new RateLimitProperties(-1))
                .hasMessage("SIMULATOR_RATE_LIMIT_TPS must be from 0 (no limit) to 100000, got -1");
        assertThatThrownBy(() -> new RequestRateLimit(clock, new RateLimitProperties(0)).set(100_001))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
