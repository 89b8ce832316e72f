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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * {@code POST /v1/payments} accepted (202) with the whole stack running: the gateway validates,
 * authenticates, rate-limits, holds the phone and commits the payment with its command and audit
 * entry, while payment-service, the simulator and callback-service work off the earlier payments
 * on the same 2 cores ({@code stack=full}); {@code stack=gateway-only} runs the gateway alone on
 * PostgreSQL and Kafka, to tell its own cost from the pipeline's. Each request pays from a phone of
 * its own (one prompt per phone). The gateway's rate limits are raised so that the stack, not the
 * limiter, is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
public class PaymentAcceptBenchmark {

    private static final AtomicLong PHONES = new AtomicLong();

    @Param({"full", "gateway-only"})
    public String stack;

    private Path stateDir;
    private RunningStack running;
    private HttpClient http;
    private URI payments;

    @Setup(Level.Trial)
    public void start() throws Exception {
        stateDir = Files.createTempDirectory("mpesa-accept-bench-");
        StackSettings settings = StackSettings.endToEnd(TokenFetchBenchmark.repoRoot(), stateDir).withPorts(PortPlan.free());
        settings = "gateway-only".equals(stack) ? settings.withComponents(EnumSet.of(Component.API_GATEWAY)) : settings.withoutUi();
        running = LocalStack.start(settings
                .withDemoCheckout(false)
                .withJvmOptions(TokenFetchBenchmark.SERVICE_JVM_OPTIONS)
                .withOverride(Component.API_GATEWAY, "GATEWAY_RATE_LIMIT_PER_KEY", "1000000")
                .withOverride(Component.API_GATEWAY, "GATEWAY_RATE_LIMIT_PER_IP", "1000000"));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        payments = URI.create(running.gatewayUrl() + "/v1/payments");
    }

    @TearDown(Level.Trial)
    public void stop() {
        System.out.println("[accept-bench] payments accepted: " + PHONES.get());
        running.close();
        http.close();
        FileTrees.deleteQuietly(stateDir);
    }

    @Benchmark
    public String acceptPayment() throws IOException, InterruptedException {
        String phone = "2547" + (11_000_000 + PHONES.incrementAndGet()); // 25471100000n: Safaricom, one per request
        HttpRequest request = HttpRequest.newBuilder(payments)
                .header("Authorization", "Bearer " + running.merchantSecretKey())
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"amount\":10,\"phone\":\"" + phone + "\",\"reference\":\"BENCH\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("the gateway answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
