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
}
