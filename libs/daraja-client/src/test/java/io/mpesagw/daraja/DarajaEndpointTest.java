package io.mpesagw.daraja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DarajaEndpointTest {

    @Test
    void mpesa_env_picks_safaricoms_host() {
        assertThat(DarajaEndpoint.baseUrlFor("sandbox", null)).isEqualTo(DarajaEndpoint.SANDBOX);
        assertThat(DarajaEndpoint.baseUrlFor("production", " ")).isEqualTo(DarajaEndpoint.PRODUCTION);
        assertThat(DarajaEndpoint.baseUrlFor(null, null)).isEqualTo(DarajaEndpoint.SANDBOX);
    }

    @Test
    void an_explicit_base_url_wins_so_local_runs_reach_the_simulator() {
        assertThat(DarajaEndpoint.baseUrlFor("production", "http://127.0.0.1:8090"))
                .isEqualTo(URI.create("http://127.0.0.1:8090"));
    }

    @Test
    void an_unknown_environment_stops_start_up_with_what_is_accepted() {
        assertThatThrownBy(() -> DarajaEndpoint.baseUrlFor("prod", null))
                .hasMessageContaining("'sandbox' or 'production'");
    }

    @Test
    void the_simulator_environment_needs_the_simulators_address() {
        assertThat(DarajaEndpoint.baseUrlFor("simulator", "http://127.0.0.1:8090"))
                .isEqualTo(URI.create("http://127.0.0.1:8090"));
        assertThatThrownBy(() -> DarajaEndpoint.baseUrlFor("simulator", ""))
                .hasMessageContaining("needs an explicit Daraja base URL");
    }

    @Test
    void the_whole_answer_must_arrive_within_connect_plus_read_timeout() {
        DarajaEndpoint endpoint = new DarajaEndpoint(DarajaEndpoint.SANDBOX, java.time.Duration.ofSeconds(2),
                java.time.Duration.ofSeconds(5));

        assertThat(endpoint.answerDeadline()).isEqualTo(java.time.Duration.ofSeconds(7));
    }
}
