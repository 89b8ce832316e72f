package io.mpesagw.simulator.fault;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.DarajaTestClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.PrometheusScrape;
import io.mpesagw.simulator.TunedSimulatorApiTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SIMULATOR_RATE_LIMIT_TPS (1000 in this context) and PUT /simulator/v1/rate-limit: Spike Arrest for
 * real. The clock is frozen, so "within one second" is decided by the test, not by machine load.
 */
class RateLimitApiTest extends TunedSimulatorApiTest {

    private static final String RATE_LIMIT = "/simulator/v1/rate-limit";
    private static final String QUERY = "/mpesa/stkpushquery/v1/query";

    @BeforeEach
    void freezeTime() {
        clock.freeze();
    }

    @AfterEach
    void restore() {
        clock.resume();
        assertThat(daraja().request("DELETE", RATE_LIMIT, null).json().get("tps").asInt()).isEqualTo(CONFIGURED_TPS);
        assertThat(daraja().request("DELETE", "/simulator/v1/faults", null).status()).isEqualTo(204);
    }

    @Test
    void the_limit_starts_from_the_environment_and_changes_at_run_time() {
        assertThat(daraja().request("GET", RATE_LIMIT, null).json().toString()).isEqualTo("{\"tps\":1000}");

        assertThat(limit(5).json().toString()).isEqualTo("{\"tps\":5}");
        assertThat(daraja().request("GET", RATE_LIMIT, null).json().get("tps").asInt()).isEqualTo(5);
    }

    @Test
    void calls_over_the_limit_in_one_second_get_spike_arrest_and_the_next_second_lets_calls_through() {
        limit(3);
        long oauthCallsBefore = stats("oauthCalls");
        long limitedBefore = injected("rate-limit");
        long armedBefore = injected("spike-arrest");

        for (int call = 1; call <= 3; call++) {
            assertThat(oauth().status()).as("call %d", call).isEqualTo(200);
        }
        assertDarajaError(oauth(), 500, "500.003.02", "Error Occurred: Spike Arrest Violation");
        assertDarajaError(daraja().postJson(QUERY, "Bearer stale", "{}"), 500, "500.003.02",
                "Error Occurred: Spike Arrest Violation");

        assertThat(daraja().request("GET", "/simulator/v1/stats", null).status()).as("control API").isEqualTo(200);
        assertThat(stats("oauthCalls")).as("a throttled call never reaches the API").isEqualTo(oauthCallsBefore + 3);
        assertThat(injected("rate-limit")).isEqualTo(limitedBefore + 2);
        assertThat(injected("spike-arrest")).as("armed faults counted apart").isEqualTo(armedBefore);
        clock.advance(Duration.ofSeconds(1));
        assertThat(oauth().status()).isEqualTo(200);
    }

    @Test
    void the_window_slides_so_a_burst_across_a_second_boundary_is_caught() {
        limit(2);
        assertThat(oauth().status()).isEqualTo(200);
        clock.advance(Duration.ofMillis(600));
        assertDarajaError(daraja().postJson(QUERY, "Bearer stale", "{}"), 404, "404.001.03", "Invalid Access Token");
        assertDarajaError(oauth(), 500, "500.003.02", "Error Occurred: Spike Arrest Violation");

        clock.advance(Duration.ofMillis(400));
        assertThat(oauth().status()).as("the first call is a second old").isEqualTo(200);
        assertDarajaError(oauth(), 500, "500.003.02", "Error Occurred: Spike Arrest Violation");
    }

    @Test
    void an_armed_fault_comes_first_and_is_not_counted_by_the_limit() {
        limit(1);
        assertThat(daraja().postJson("/simulator/v1/faults", null, "{\"fault\":\"quota\"}").status()).isEqualTo(200);

        assertDarajaError(oauth(), 500, "500.003.03", "Error Occurred: Quota Violation");
        assertThat(oauth().status()).isEqualTo(200);
        assertDarajaError(oauth(), 500, "500.003.02", "Error Occurred: Spike Arrest Violation");
    }

    @Test
    void zero_means_no_limit() {
        limit(0);

        for (int call = 1; call <= 20; call++) {
            assertThat(oauth().status()).as("call %d", call).isEqualTo(200);
        }
    }

    @Test
    void a_bad_limit_names_the_field() {
        for (String body : new String[] {"{}", "{\"tps\":-1}", "{\"tps\":100001}"}) {
            Reply bad = daraja().putJson(RATE_LIMIT, body);
            assertThat(bad.status()).as(body).isEqualTo(400);
            assertThat(bad.text("field")).isEqualTo("tps");
            assertThat(bad.text("message")).isEqualTo("tps must be from 0 (no limit) to 100000");
        }
        assertThat(daraja().request("GET", RATE_LIMIT, null).json().get("tps").asInt()).isEqualTo(CONFIGURED_TPS);
    }

    private Reply limit(int tps) {
        Reply reply = daraja().putJson(RATE_LIMIT, "{\"tps\":" + tps + "}");
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }

    private Reply oauth() {
        return daraja().oauth(basic(CONSUMER_KEY, CONSUMER_SECRET), "client_credentials");
    }

    private long stats(String counter) {
        return daraja().request("GET", "/simulator/v1/stats", null).json().get(counter).asLong();
    }

    private long injected(String fault) {
        return PrometheusScrape.value(daraja().plainText("/actuator/prometheus"),
                "simulator_faults_injected_total{fault=\"" + fault + "\"}");
    }
}
