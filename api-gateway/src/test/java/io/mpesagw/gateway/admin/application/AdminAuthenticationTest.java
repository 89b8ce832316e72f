package io.mpesagw.gateway.admin.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.gateway.GatewaySettings;
import io.mpesagw.kit.web.ApiException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminAuthenticationTest {

    private static AdminAuthentication with(String token) {
        return new AdminAuthentication(new GatewaySettings(null, URI.create("http://127.0.0.1:5173"), List.of(),
                "w".repeat(40), 1, 250_000, Duration.ofHours(1), token, null, null, null));
    }

    @Test
    void without_a_configured_token_the_admin_api_is_switched_off() {
        assertThatThrownBy(() -> with("").authenticate("Bearer anything"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("switched off").hasMessageContaining("GATEWAY_ADMIN_TOKEN");
    }

    @Test
    void refuses_a_short_token_at_start_up_without_showing_it() {
        assertThatThrownBy(() -> with("short-secret"))
                .hasMessageContaining("at least 32").hasMessageNotContaining("short-secret");
    }

    @Test
    void accepts_exactly_the_configured_token() {
        AdminAuthentication admin = with("t".repeat(40));

        assertThatCode(() -> admin.authenticate("Bearer " + "t".repeat(40))).doesNotThrowAnyException();
        assertThatThrownBy(() -> admin.authenticate("Bearer " + "t".repeat(39))).hasMessageContaining("not valid");
        assertThatThrownBy(() -> admin.authenticate("Basic " + "t".repeat(40))).hasMessageContaining("Authorization: Bearer");
        assertThatThrownBy(() -> admin.authenticate(null)).hasMessageContaining("Authorization: Bearer");
    }
}
