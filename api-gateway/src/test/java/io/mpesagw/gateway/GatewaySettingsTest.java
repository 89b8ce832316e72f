package io.mpesagw.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewaySettingsTest {

    private static GatewaySettings withKeyTtl(Duration ttl) {
        return new GatewaySettings(null, URI.create("http://127.0.0.1:5173"), List.of(), "w".repeat(40), 1, 250_000,
                Duration.ofHours(1), null, ttl, null, null);
    }

    @Test
    void idempotency_keys_are_kept_24_hours_unless_configured() {
        assertThat(withKeyTtl(null).idempotencyKeyTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(withKeyTtl(Duration.ofHours(1)).idempotencyKeyTtl()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refuses_to_start_with_idempotency_keys_kept_under_an_hour() {
        assertThatThrownBy(() -> withKeyTtl(Duration.ofMinutes(59)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GATEWAY_IDEMPOTENCY_KEY_TTL").hasMessageContaining("at least 1h");
    }

    private static GatewaySettings withStkAmounts(long min, long max) {
        return new GatewaySettings(null, URI.create("http://127.0.0.1:5173"), List.of(), "w".repeat(40), min, max,
                Duration.ofHours(1), null, null, null, null);
    }

    @Test
    void stk_amount_limits_may_narrow_darajas_but_never_widen_them() {
        assertThat(withStkAmounts(50, 70_000).stkAmountMax()).isEqualTo(70_000);
        for (long[] limits : new long[][] {{0, 250_000}, {1, 250_001}, {100, 99}}) {
            assertThatThrownBy(() -> withStkAmounts(limits[0], limits[1]))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GATEWAY_STK_AMOUNT_MIN/MAX").hasMessageContaining("250000");
        }
    }
}
