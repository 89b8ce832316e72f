package io.mpesagw.simulator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class SimulatorPropertiesTest {

    @Test
    void start_up_fails_naming_the_missing_consumer_key() {
        // Command-line arguments outrank the environment, so a developer's exported key cannot hide the check.
        assertThatThrownBy(() -> new SpringApplicationBuilder(DarajaSimulatorApplication.class)
                .run("--server.port=0", "--simulator.consumer-key=", "--simulator.consumer-secret=s"))
                .rootCause()
                .hasMessageContaining("SIMULATOR_CONSUMER_KEY is not set");
    }

    @Test
    void a_missing_consumer_secret_is_named_too() {
        assertThatThrownBy(() -> new SimulatorProperties("key", " ", "174379", "passkey", 3600, 1500, "127.0.0.1",
                60_000))
                .hasMessageContaining("SIMULATOR_CONSUMER_SECRET is not set");
    }
}
