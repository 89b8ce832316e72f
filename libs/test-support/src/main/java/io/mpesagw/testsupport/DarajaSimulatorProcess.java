package io.mpesagw.testsupport;

import io.mpesagw.localinfra.LoopbackPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project's Daraja simulator as a real process on a free loopback port, for integration tests
 * that must speak to Daraja over HTTP. It runs the jar the reactor built before the services
 * ({@code daraja-simulator/target}); logs go to {@code target/<name>.log} of the calling module.
 */
public final class DarajaSimulatorProcess implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private DarajaSimulatorProcess(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /** Starts the simulator with {@code environment} (e.g. SIMULATOR_CONSUMER_KEY) and waits until it is healthy. */
    public static DarajaSimulatorProcess start(String name, Map<String, String> environment) {
        int port = LoopbackPorts.free();
        Path jar = simulatorJar();
        Path log = Path.of("target", name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        try {
            Files.createDirectories(log.getParent());
            DarajaSimulatorProcess simulator = new DarajaSimulatorProcess(builder.start(), "http://127.0.0.1:" + port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
            simulator.awaitHealthy();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Daraja simulator from " + jar, e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** POSTs JSON to the simulator (control API, or Daraja itself); returns the answer. */
    public HttpResponse<String> post(String path, String bearer, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Daraja simulator exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            process.onExit().completeOnTimeout(process, 200, java.util.concurrent.TimeUnit.MILLISECONDS).join();
        }
        close();
        throw new IllegalStateException("the Daraja simulator was not healthy within " + START_DEADLINE + "; see " + log);
    }

    /** Walks up from the module's directory to the reactor root, where daraja-simulator/target holds the jar. */
    private static Path simulatorJar() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path jar = dir.resolve("daraja-simulator/target/daraja-simulator-0.1.0-SNAPSHOT.jar");
            if (Files.isRegularFile(jar)) {
                return jar;
            }
        }
        throw new IllegalStateException("daraja-simulator/target/daraja-simulator-0.1.0-SNAPSHOT.jar not found: build"
                + " daraja-simulator first (the reactor does, it comes before the services)");
    }

    @Override
    public void close() {
        process.destroy();
        process.onExit().completeOnTimeout(process, 10, java.util.concurrent.TimeUnit.SECONDS).join();
        process.destroyForcibly();
    }
}
