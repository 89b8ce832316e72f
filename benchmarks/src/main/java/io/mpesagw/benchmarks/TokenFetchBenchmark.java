package io.mpesagw.benchmarks;

import io.mpesagw.localinfra.FileTrees;
import io.mpesagw.localstack.Component;
import io.mpesagw.localstack.LocalStack;
import io.mpesagw.localstack.PortPlan;
import io.mpesagw.localstack.RunningStack;
import io.mpesagw.localstack.StackSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cached path of token-service: {@code GET /internal/v1/tokens/default} over real HTTP (JDK
 * HttpClient, HTTP/1.1 keep-alive, one connection per JMH thread) once a token is held, i.e. what
 * every Daraja call of payment-service costs first. The simulator and token-service run as child
 * JVMs started by the local-stack launcher (PostgreSQL and Kafka from DATABASE_* and
 * KAFKA_BOOTSTRAP_SERVERS, else its own), on free ports; the benchmark JVM shares the 2 cores with them.
 * {@code jit}: {@code tiered} runs the services with C2 ({@link #SERVICE_JVM_OPTIONS}), {@code c1-only}
 * with the stack's small-footprint default.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
public class TokenFetchBenchmark {

    /** The stack's defaults without {@code -XX:TieredStopAtLevel=1}, so the services reach C2. */
    static final List<String> SERVICE_JVM_OPTIONS = StackSettings.DEFAULT_JVM_OPTIONS.stream()
            .filter(option -> !option.startsWith("-XX:TieredStopAtLevel")).toList();

    @Param({"tiered", "c1-only"})
    public String jit;

    private Path stateDir;
    private RunningStack stack;
    private HttpClient http;
    private HttpRequest fetch;

    @Setup(Level.Trial)
    public void start() throws Exception {
        stateDir = Files.createTempDirectory("mpesa-token-bench-");
        List<String> jvmOptions = "c1-only".equals(jit) ? StackSettings.DEFAULT_JVM_OPTIONS : SERVICE_JVM_OPTIONS;
        stack = LocalStack.start(StackSettings.endToEnd(repoRoot(), stateDir)
                .withPorts(PortPlan.free())
                .withComponents(EnumSet.of(Component.DARAJA_SIMULATOR, Component.TOKEN_SERVICE))
                .withDemoCheckout(false)
                .withJvmOptions(jvmOptions));
        System.out.println("[token-bench] service JVM options: " + jvmOptions);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        fetch = HttpRequest.newBuilder(URI.create(stack.url(Component.TOKEN_SERVICE) + "/internal/v1/tokens/default"))
                .header("Authorization", "Bearer " + stack.secrets().internalAuthToken())
                .timeout(Duration.ofSeconds(30)).GET().build();
        fetchToken(); // the one OAuth call: every measured call is served from the held token
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        stack.close();
        http.close();
        // C2 with the stack's 48 MB code cache: say so if it filled up, since that would skew the figures
        String log = Files.readString(stack.logFile(Component.TOKEN_SERVICE));
        if (log.contains("CodeCache is full")) {
            System.out.println("[token-bench] WARNING: token-service's code cache filled up (jit=" + jit + ")");
        }
        FileTrees.deleteQuietly(stateDir);
    }

    @Benchmark
    public String fetchToken() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(fetch, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token-service answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** {@code -Dmpesagw.repo=...}, else the folder above the working directory that holds token-service. */
    static Path repoRoot() {
        String configured = System.getProperty("mpesagw.repo");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("token-service").resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from inside the repository, or set -Dmpesagw.repo");
    }
}
