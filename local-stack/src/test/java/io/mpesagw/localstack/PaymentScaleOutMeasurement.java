package io.mpesagw.localstack;

import static org.awaitility.Awaitility.await;

import io.mpesagw.localinfra.LoopbackPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The figure in docs/benchmarks.md: payments per second through one, then two payment-service instances.
 * A measurement, not a check: its name keeps it out of the test run; run it on purpose with
 * {@code mvn -pl local-stack test -Dtest=PaymentScaleOutMeasurement}.
 */
class PaymentScaleOutMeasurement {

    private static final AtomicInteger PHONES = new AtomicInteger(2_500_000);

    @Test
    void payments_per_second_with_one_then_two_instances() {
        try (RunningStack stack = LocalStack.start(StackSettings.endToEnd(Path.of("..").toAbsolutePath().normalize(),
                        Path.of("target", "scale-out-measurement-stack"))
                .withPorts(PortPlan.free()).withEnvironment(Map.of())
                .withComponents(EnumSet.of(Component.DARAJA_SIMULATOR, Component.TOKEN_SERVICE,
                        Component.API_GATEWAY, Component.CALLBACK_SERVICE))
                .withDemoCheckout(false)
                // the rate limits would measure themselves
                .withOverride(Component.API_GATEWAY, "GATEWAY_RATE_LIMIT_PER_KEY", "100000")
                .withOverride(Component.API_GATEWAY, "GATEWAY_RATE_LIMIT_PER_IP", "100000"))) {
            LifecycleProbe probe = new LifecycleProbe(stack);
            stack.startReplica(Component.PAYMENT_SERVICE, LoopbackPorts.free());
            round(probe, 100, "WARM-UP");
            round(probe, 300, "ONE");
            stack.startReplica(Component.PAYMENT_SERVICE, LoopbackPorts.free());
            try (KafkaProbe kafka = new KafkaProbe(stack.kafkaBootstrapServers())) {
                await().atMost(Duration.ofSeconds(60)).until(() -> kafka.owners("payment-service",
                        KafkaProbe.PAYMENT_COMMANDS).size() == kafka.partitions(KafkaProbe.PAYMENT_COMMANDS));
            }
            round(probe, 300, "TWO");
        }
    }

    /** {@code count} payments from 8 merchant threads; prints the rates from the first POST to the last 202, push and success. */
    private static void round(LifecycleProbe probe, int count, String label) {
        long pushes = probe.simulator("stkPushes");
        long start = System.nanoTime();
        try (ExecutorService merchants = Executors.newFixedThreadPool(8)) {
            List<CompletableFuture<String>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String phone = "25472" + PHONES.incrementAndGet();
                created.add(CompletableFuture.supplyAsync(() -> probe.pay(phone, 10, label), merchants));
            }
            created.forEach(CompletableFuture::join);
        }
        double accepted = (System.nanoTime() - start) / 1e9;
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> probe.simulator("stkPushes") - pushes >= count);
        double pushed = (System.nanoTime() - start) / 1e9;
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> probe.rows(
                "select id from payment.payments where account_reference = ? and status = 'succeeded'", label).size() == count);
        double settled = (System.nanoTime() - start) / 1e9;
        System.out.printf("measurement %s: %d payments; accepted (202) %.1f/s, pushed %.1f/s, succeeded %.1f/s%n",
                label, count, count / accepted, count / pushed, count / settled);
    }
}
