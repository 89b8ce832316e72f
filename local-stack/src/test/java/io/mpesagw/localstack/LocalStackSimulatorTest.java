package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.localinfra.EnvFile;
import io.mpesagw.localinfra.LoopbackPorts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher against real infrastructure and the real simulator jar (built earlier in the reactor). */
class LocalStackSimulatorTest {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path state;

    @BeforeEach
    void needsTheSimulatorJar() {
        assertThat(Component.DARAJA_SIMULATOR.jar(REPO)).as("daraja-simulator jar (the reactor builds it before local-stack)").isRegularFile();
    }

    @Test
    void starts_infrastructure_and_the_simulator_wired_with_generated_credentials_then_stops_them() throws Exception {
        StackSettings settings = simulatorOnly();
        int simulatorPort = settings.ports().simulator();

        try (RunningStack stack = LocalStack.start(settings)) {
            StackSecrets secrets = stack.secrets();
            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(stack.simulatorUrl() + "/oauth/v1/generate?grant_type=client_credentials"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (secrets.darajaConsumerKey() + ":" + secrets.darajaConsumerSecret()).getBytes()))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            assertThat(token.body()).contains("access_token");

            try (Connection connection = stack.database().runtime().dataSource().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
            Map<String, String> stackEnv = EnvFile.read(state.resolve("stack.env"));
            assertThat(stackEnv).containsEntry("SIMULATOR_URL", "http://127.0.0.1:" + simulatorPort)
                    .containsEntry("MERCHANT_SECRET_KEY", secrets.merchantSecretKey())
                    .containsEntry("ADMIN_TOKEN", secrets.adminToken())
                    .containsKeys("GATEWAY_URL", "CHECKOUT_URL", "CHECKOUT_UI_URL", "NOTIFICATION_URL",
                            "DATABASE_URL", "KAFKA_BOOTSTRAP_SERVERS", "LOGS_DIR");
            assertThat(stack.logFile(Component.DARAJA_SIMULATOR)).isNotEmptyFile();
            assertThat(state.resolve("stack.children")).content().contains("daraja-simulator");
        }

        assertThat(LoopbackPorts.isListening(simulatorPort)).as("simulator still listening").isFalse();
        assertThat(LoopbackPorts.isListening(settings.ports().postgres())).as("postgres still listening").isFalse();
        assertThat(LoopbackPorts.isListening(settings.ports().kafka())).as("kafka still listening").isFalse();
        assertThat(state.resolve("stack.children")).doesNotExist();
    }

    @Test
    void keeps_secrets_owner_only_and_reuses_them_on_the_next_start() throws Exception {
        StackSettings settings = simulatorOnly();
        String firstKey;
        try (RunningStack first = LocalStack.start(settings)) {
            firstKey = first.merchantSecretKey();
        }
        try (RunningStack second = LocalStack.start(settings.withPorts(freePorts()))) {
            assertThat(second.merchantSecretKey()).isEqualTo(firstKey).matches("sk_test_[0-9A-Za-z]{32}");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("secrets.env"))))
                .isEqualTo("rw-------");
    }

    @Test
    void stops_everything_and_shows_the_log_when_a_service_fails_to_start() {
        // the simulator refuses to start without the consumer credentials it must accept
        StackSettings settings = simulatorOnly()
                .withOverride(Component.DARAJA_SIMULATOR, "SIMULATOR_CONSUMER_KEY", "")
                .withOverride(Component.DARAJA_SIMULATOR, "SERVER_PORT", "not-a-port");

        assertThatThrownBy(() -> LocalStack.start(settings))
                .isInstanceOfSatisfying(StackStartException.class, e -> {
                    assertThat(e.component()).isEqualTo("daraja-simulator");
                    assertThat(e.logTail()).isNotEmpty();
                    assertThat(e.report()).contains("--- last ");
                });
        assertThat(LoopbackPorts.isListening(settings.ports().postgres())).as("postgres left running").isFalse();
        assertThat(LoopbackPorts.isListening(settings.ports().kafka())).as("kafka left running").isFalse();
    }

    @Test
    void leaves_no_process_behind_when_the_launcher_is_killed() throws Exception {
        PortPlan ports = freePorts();
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledLauncher.class.getName(),
                REPO.toString(), state.toString(), Integer.toString(ports.simulator()), Integer.toString(ports.postgres()),
                Integer.toString(ports.kafka()), Integer.toString(ports.kafkaController()))
                .redirectErrorStream(true)
                .redirectOutput(state.resolve("killed-launcher.log").toFile())
                .start();
        try {
            await().atMost(Duration.ofMinutes(3)).until(() -> Files.exists(state.resolve("stack.env")) || !launcher.isAlive());
            assertThat(launcher.isAlive()).as("launcher started the stack").isTrue();
            assertThat(LoopbackPorts.isListening(ports.simulator())).isTrue();

            launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(LoopbackPorts.isListening(ports.simulator())).as("simulator left running").isFalse();
                assertThat(LoopbackPorts.isListening(ports.postgres())).as("postgres left running").isFalse();
            });
        } finally {
            launcher.destroyForcibly();
        }
    }

    /** The launcher that gets killed with SIGKILL, so none of its shutdown hooks run. */
    public static final class KilledLauncher {
        public static void main(String[] args) throws InterruptedException {
            PortPlan free = freePorts();
            PortPlan ports = new PortPlan(free.gateway(), free.payment(), free.callback(), free.token(),
                    free.notification(), Integer.parseInt(args[2]), free.checkoutUi(), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            LocalStack.start(StackSettings.endToEnd(Path.of(args[0]), Path.of(args[1])).withPorts(ports)
                    .withComponents(EnumSet.of(Component.DARAJA_SIMULATOR)).withEnvironment(Map.of()));
            Thread.sleep(Duration.ofMinutes(5));
        }
    }

    private StackSettings simulatorOnly() {
        return StackSettings.endToEnd(REPO, state)
                .withPorts(freePorts())
                .withComponents(EnumSet.of(Component.DARAJA_SIMULATOR))
                .withEnvironment(Map.of());
    }

    /** Not the fixed e2e ports: the end-to-end tests may use them in the same build. */
    static PortPlan freePorts() {
        return new PortPlan(LoopbackPorts.free(), LoopbackPorts.free(), LoopbackPorts.free(), LoopbackPorts.free(),
                LoopbackPorts.free(), LoopbackPorts.free(), LoopbackPorts.free(), LoopbackPorts.free(),
                LoopbackPorts.free(), LoopbackPorts.free());
    }
}
