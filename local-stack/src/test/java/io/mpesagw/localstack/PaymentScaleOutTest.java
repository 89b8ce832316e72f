package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.localinfra.LoopbackPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two payment-service instances in one consumer group share the payment topics' partitions: each handles
 * some payments, every payment is prompted once and its events reach the gateway in order, and when one
 * instance is stopped (SIGTERM) mid-flight the other takes over its partitions and finishes everything.
 * Its own PostgreSQL and Kafka on free ports.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentScaleOutTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final String GROUP = "payment-service";
    private static final int CONCURRENCY = 3;
    private static final AtomicInteger PHONES = new AtomicInteger(2_300_000);

    private static RunningStack stack;
    private static LifecycleProbe probe;
    private static KafkaProbe kafka;
    private static final Map<String, ManagedProcess> instances = new LinkedHashMap<>(); // base URL → process

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(StackSettings.endToEnd(REPO, Path.of("target", "payment-scale-out-stack"))
                .withPorts(PortPlan.free())
                .withEnvironment(Map.of()) // its own Kafka: the group and its topics hold only this test's records
                .withComponents(EnumSet.of(Component.DARAJA_SIMULATOR, Component.TOKEN_SERVICE,
                        Component.API_GATEWAY, Component.CALLBACK_SERVICE))
                .withDemoCheckout(false)
                .withOverride(Component.DARAJA_SIMULATOR, "SIMULATOR_CALLBACK_DELAY_MS", "500")
                .withOverride(Component.PAYMENT_SERVICE, "PAYMENT_LISTENER_CONCURRENCY", String.valueOf(CONCURRENCY)));
        probe = new LifecycleProbe(stack);
        kafka = new KafkaProbe(stack.kafkaBootstrapServers());
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int port = LoopbackPorts.free();
            starts.add(CompletableFuture.runAsync(() -> {
                ManagedProcess replica = stack.startReplica(Component.PAYMENT_SERVICE, port);
                synchronized (instances) {
                    instances.put("http://127.0.0.1:" + port, replica);
                }
            }));
        }
        starts.forEach(CompletableFuture::join);
        awaitCommandConsumers(2 * CONCURRENCY);
    }

    @AfterAll
    static void stopStack() {
        if (kafka != null) {
            kafka.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void both_instances_share_forty_payments_each_prompted_once_with_its_events_in_order() throws Exception {
        int count = 40;
        Map<String, Double> handledBefore = commandsHandled();
        long pushesBefore = probe.simulator("stkPushes");

        List<String> ids = pay(count, "SCALE");
        GatewayWatch watch = new GatewayWatch(stack);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(150)).until(() -> watch.allFinal(ids));

        assertThat(ids).allSatisfy(id -> assertThat(watch.history(id)).as(id).last().isEqualTo("succeeded"));
        assertThat(watch.wentBackward(ids)).as("a payment whose gateway view went backward").isEmpty();
        assertThat(probe.simulator("stkPushes") - pushesBefore).as("one prompt per payment").isEqualTo(count);
        Map<String, Double> handled = commandsHandled();
        System.out.printf("scale-out: %d payments, commands handled per instance before %s, after %s%n", count,
                handledBefore, handled);
        handled.forEach((instance, total) -> assertThat(total - handledBefore.get(instance))
                .as("commands handled by %s of %s", instance, handled).isPositive());
        assertThat(handled.values().stream().mapToDouble(Double::doubleValue).sum()
                - handledBefore.values().stream().mapToDouble(Double::doubleValue).sum())
                .as("a retried record counts again; the prompts above are what must not repeat").isGreaterThanOrEqualTo(count);
        assertEventsInOrder(ids);
    }

    @Test
    @Order(2)
    void sigterm_to_one_instance_mid_flight_hands_its_partitions_to_the_other_and_every_payment_finishes_once()
            throws Exception {
        // callbacks come late enough that the stopped instance leaves pushed payments waiting for them
        probe.control("PUT", "/simulator/v1/callbacks/delay", "{\"delayMs\":2500}");
        long pushesBefore = probe.simulator("stkPushes");
        String stoppedUrl = instances.keySet().iterator().next();
        ManagedProcess stopped = instances.get(stoppedUrl);

        List<String> ids = new ArrayList<>(pay(8, "TERM-A"));
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.rows("select id from payment.payments"
                + " where account_reference like 'TERM-A%' and status = 'submitted'").size() >= 3);
        System.out.println("scale-out: states at SIGTERM " + probe.rows("select status, count(*) as n from payment.payments"
                + " where account_reference like 'TERM-%' group by status"));
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> stopped.stop(Duration.ofSeconds(40)));
        ids.addAll(pay(6, "TERM-B")); // while it shuts down
        stopping.join();
        assertThat(stopped.exitCode()).as("ended by SIGTERM (143), not killed").isEqualTo(143);
        awaitCommandConsumers(CONCURRENCY);
        ids.addAll(pay(6, "TERM-C")); // only the survivor is left to take these

        for (String id : ids) {
            assertThat(probe.awaitFinal(id, Duration.ofSeconds(60)).get("status").asString()).as(id).isEqualTo("succeeded");
        }
        assertThat(probe.simulator("stkPushes") - pushesBefore).as("nobody prompted twice").isEqualTo(ids.size());
        assertEventsInOrder(ids);
        probe.control("DELETE", "/simulator/v1/callbacks/delay", null);
    }

    /** Waits until the group is stable with {@code consumers} members sharing every partition of the commands topic. */
    private static void awaitCommandConsumers(int consumers) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            List<Set<Integer>> owners = kafka.owners(GROUP, KafkaProbe.PAYMENT_COMMANDS);
            assertThat(owners).hasSize(consumers);
            assertThat(owners.stream().mapToInt(Set::size).sum())
                    .isEqualTo(kafka.partitions(KafkaProbe.PAYMENT_COMMANDS)).isGreaterThanOrEqualTo(consumers);
        });
    }

    /** Per running instance: how many payment commands its listeners have handled (spring-kafka's listener observation). */
    private static Map<String, Double> commandsHandled() {
        return instances.entrySet().stream().filter(e -> e.getValue().isAlive()).collect(Collectors.toMap(
                Map.Entry::getKey, e -> probe.metric(e.getKey(), "spring_kafka_listener_seconds_count",
                        "messaging_source_name=\"" + KafkaProbe.PAYMENT_COMMANDS + "\""),
                (a, b) -> a, LinkedHashMap::new));
    }

    /** Each payment's events sit on one partition (its key's), PaymentSubmitted first and exactly one final event last. */
    private static void assertEventsInOrder(List<String> ids) {
        Map<String, List<KafkaProbe.Seen>> byPayment = kafka.records(KafkaProbe.PAYMENT_EVENTS).stream()
                .filter(seen -> ids.contains(seen.key()))
                .collect(Collectors.groupingBy(KafkaProbe.Seen::key));
        assertThat(byPayment.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        byPayment.forEach((id, events) -> {
            assertThat(events.stream().map(KafkaProbe.Seen::partition).distinct()).as(id + " partitions").hasSize(1);
            List<String> types = new ArrayList<>();
            events.stream().sorted((a, b) -> Long.compare(a.offset(), b.offset())).map(KafkaProbe.Seen::eventType)
                    .filter(type -> types.isEmpty() || !types.getLast().equals(type)) // the outbox may resend one
                    .forEach(types::add);
            assertThat(types).as(id + " events in offset order").containsExactly("PaymentSubmitted", "PaymentSucceeded");
        });
    }

    /** POSTs {@code count} payments from four merchant threads, each to a phone of its own; returns their ids. */
    private static List<String> pay(int count, String reference) {
        try (ExecutorService merchants = Executors.newFixedThreadPool(4)) {
            List<CompletableFuture<String>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String phone = "25472" + PHONES.incrementAndGet();
                long amount = 10 + i;
                created.add(CompletableFuture.supplyAsync(() -> probe.pay(phone, amount, reference + "-" + amount), merchants));
            }
            return created.stream().map(CompletableFuture::join).toList();
        }
    }
}
