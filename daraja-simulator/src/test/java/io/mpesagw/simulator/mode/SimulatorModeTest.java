package io.mpesagw.simulator.mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.simulator.DarajaSimulatorApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class SimulatorModeTest {

    @Test
    void result_callbacks_name_the_internal_host_of_their_environment() {
        assertThat(SimulatorMode.SANDBOX.queueTimeoutUrl("/mpesa/b2cresults/v1/submit"))
                .isEqualTo("https://internalsandbox.safaricom.co.ke/mpesa/b2cresults/v1/submit");
        assertThat(SimulatorMode.PRODUCTION.queueTimeoutUrl("/mpesa/b2cresults/v1/submit"))
                .isEqualTo("http://internalapi.safaricom.co.ke/mpesa/b2cresults/v1/submit");
    }

    @Test
    void the_mode_is_read_in_any_case_and_defaults_to_sandbox() {
        assertThat(new SimulatorModeProperties("Production").simulatorMode()).isEqualTo(SimulatorMode.PRODUCTION);
        assertThat(new SimulatorModeProperties(null).simulatorMode()).isEqualTo(SimulatorMode.SANDBOX);
        assertThat(new SimulatorModeProperties(" ").simulatorMode()).isEqualTo(SimulatorMode.SANDBOX);
    }

    @Test
    void start_up_fails_naming_simulator_mode_for_an_unknown_mode() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DarajaSimulatorApplication.class)
                .run("--server.port=0", "--simulator.consumer-key=k", "--simulator.consumer-secret=s",
                        "--simulator.mode=prod"))
                .rootCause()
                .hasMessageContaining("SIMULATOR_MODE must be sandbox or production, got 'prod'");
    }
}
