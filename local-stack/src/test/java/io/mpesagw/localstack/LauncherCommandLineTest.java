package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherCommandLineTest {

    @Test
    void starts_everything_on_the_local_run_ports_with_state_in_dot_local_by_default() {
        var invocation = LocalStack.Invocation.parse(List.of("--repo", "/src/gw"));

        assertThat(invocation.command()).isEqualTo("up");
        assertThat(invocation.settings().ports()).isEqualTo(PortPlan.LOCAL_RUN);
        assertThat(invocation.settings().stateDir()).isEqualTo(Path.of("/src/gw/.local"));
        assertThat(invocation.settings().logsDir()).isEqualTo(Path.of("/src/gw/.local/logs"));
        assertThat(invocation.settings().components()).containsExactlyInAnyOrder(Component.values());
        assertThat(invocation.settings().ephemeralData()).isFalse();
    }

    @Test
    void takes_stop_with_another_state_folder_and_no_ui_on_the_e2e_ports() {
        var invocation = LocalStack.Invocation.parse(List.of("stop", "--state", "/tmp/s", "--no-ui", "--e2e-ports"));

        assertThat(invocation.command()).isEqualTo("stop");
        assertThat(invocation.settings().stateDir()).isEqualTo(Path.of("/tmp/s"));
        assertThat(invocation.settings().runs(Component.CHECKOUT_UI)).isFalse();
        assertThat(invocation.settings().ports()).isEqualTo(PortPlan.END_TO_END);
    }

    @Test
    void rejects_unknown_arguments_and_flags_without_values() {
        assertThatThrownBy(() -> LocalStack.Invocation.parse(List.of("restart")))
                .hasMessage("unknown argument 'restart'");
        assertThatThrownBy(() -> LocalStack.Invocation.parse(List.of("--state")))
                .hasMessage("--state needs a value");
    }

    @Test
    void reads_spring_health_as_up_only_when_the_top_level_status_is_up() {
        assertThat(Readiness.reportsUp("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}")).isTrue();
        assertThat(Readiness.reportsUp("{\"status\":\"DOWN\",\"components\":{\"db\":{\"status\":\"UP\"}}}")).isFalse();
        assertThat(Readiness.reportsUp("<html>not json</html>")).isFalse();
    }

    @Test
    void puts_the_client_secret_of_a_checkout_in_the_url_fragment() {
        var ports = PortPlan.END_TO_END;
        var settings = StackSettings.endToEnd(Path.of("/r"), Path.of("/s")).withPorts(ports);
        var stack = new RunningStack(settings, null, null, null, null);

        assertThat(stack.checkoutUrlFor("cs_123", "cs_123_secret_a/b", "pk_test_p"))
                .isEqualTo("http://127.0.0.1:15173/checkout/cs_123#client_secret=cs_123_secret_a%2Fb&publishable_key=pk_test_p");
    }
}
