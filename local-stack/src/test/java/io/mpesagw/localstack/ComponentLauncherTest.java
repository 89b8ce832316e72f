package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.localinfra.DatabaseLogins;
import io.mpesagw.localinfra.PostgresLogin;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a replica is started with: the component's own environment, on another port. */
class ComponentLauncherTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:55432/mpesa";

    @TempDir
    Path state;

    private ComponentLauncher launcher(StackSettings settings) {
        StackSecrets secrets = StackSecrets.loadOrCreate(state.resolve("secrets.env"));
        Wiring wiring = new Wiring(settings.ports(), secrets,
                new DatabaseLogins(new PostgresLogin(URL, "mpesa_owner", "owner-pw"), new PostgresLogin(URL, "mpesa", "pw")),
                "127.0.0.1:59092", state.resolve("simulator-certificate.pem"));
        return new ComponentLauncher(settings, wiring);
    }

    private StackSettings settings() {
        return StackSettings.localRun(state).withStateDir(state);
    }

    @Test
    void a_replica_gets_the_same_environment_and_overrides_with_only_its_port_changed() {
        ComponentLauncher launcher = launcher(settings()
                .withOverride(Component.TOKEN_SERVICE, "TOKEN_PROACTIVE_REFRESH_INTERVAL", "1h")
                .withOverride(Component.TOKEN_SERVICE, "SERVER_PORT", "9999"));
        Map<String, String> first = launcher.environment(Component.TOKEN_SERVICE);

        Map<String, String> replica = launcher.replicaEnvironment(Component.TOKEN_SERVICE, 18383);

        assertThat(first).containsEntry("SERVER_PORT", "9999");
        assertThat(replica).containsEntry("SERVER_PORT", "18383")
                .containsEntry("TOKEN_PROACTIVE_REFRESH_INTERVAL", "1h")
                .containsEntry("TOKEN_ENCRYPTION_KEY", first.get("TOKEN_ENCRYPTION_KEY"))
                .containsEntry("DATABASE_URL", URL);
        Map<String, String> withoutPort = new HashMap<>(replica);
        withoutPort.put("SERVER_PORT", first.get("SERVER_PORT"));
        assertThat(withoutPort).isEqualTo(first);
    }

    @Test
    void refuses_to_replicate_the_checkout_ui_or_to_use_an_impossible_port() {
        ComponentLauncher launcher = launcher(settings());

        assertThatThrownBy(() -> launcher.startReplica(Component.CHECKOUT_UI, 15999))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only the JVM components");
        assertThatThrownBy(() -> launcher.replicaEnvironment(Component.PAYMENT_SERVICE, 70_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-65535");
    }
}
