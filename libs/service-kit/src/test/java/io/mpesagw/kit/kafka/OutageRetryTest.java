package io.mpesagw.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.Topics;
import io.mpesagw.localinfra.KafkaSettings;
import io.mpesagw.localinfra.LocalKafka;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database outage longer than the bounded retries does not dead-letter a valid record; poison still goes at once. */
class OutageRetryTest {

    static final String TOPIC = "mpesa.outage-check.v1";
    /** More than the 8 retries of the bounded back-off: without the outage rule the record would be dead-lettered. */
    static final int OUTAGE_FAILURES = 12;

    @Test
    void a_record_failing_while_the_database_is_down_waits_for_it_and_is_handled_in_order(@TempDir Path dir) throws Exception {
        try (LocalKafka kafka = LocalKafka.start(new KafkaSettings(0, 0, dir, true))) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaErrorHandling.class))
                    .withUserConfiguration(DatabaseDownListener.class)
                    .withPropertyValues("spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                            "spring.kafka.consumer.group-id=outage-check", "spring.kafka.consumer.auto-offset-reset=earliest",
                            "mpesa.kafka.outage-retry.initial=10ms", "mpesa.kafka.outage-retry.max=40ms")
                    .run(context -> {
                        DatabaseDownListener listener = context.getBean(DatabaseDownListener.class);
                        @SuppressWarnings("unchecked")
                        KafkaTemplate<Object, Object> template = context.getBean(KafkaTemplate.class);
                        for (String value : List.of("during-outage", "poison", "after-outage")) {
                            template.send(TOPIC, "pay_1", value).get(10, TimeUnit.SECONDS);
                        }

                        await().atMost(Duration.ofSeconds(60)).until(() -> listener.handled.size() == 2);
                        assertThat(listener.handled).containsExactly("during-outage", "after-outage");
                        assertThat(listener.outageFailures.get()).isEqualTo(OUTAGE_FAILURES);
                        assertThat(deadLetters(kafka)).containsExactly("poison");
                    });
        }
    }

    @Test
    void only_failures_that_say_a_database_or_peer_is_unreachable_count_as_an_outage() {
        assertThat(InfrastructureOutage.explains(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(InfrastructureOutage.explains(new RuntimeException(new java.sql.SQLException("refused", "08001")))).isTrue();
        assertThat(InfrastructureOutage.explains(new RuntimeException(new java.sql.SQLException("dup", "23505")))).isFalse();
        assertThat(InfrastructureOutage.explains(new IllegalStateException("a bug"))).isFalse();
        assertThat(new InfrastructureOutage(Duration.ofSeconds(1), Duration.ofSeconds(30)).backOff().start().nextBackOff())
                .isEqualTo(1_000);
    }

    private static List<String> deadLetters(LocalKafka kafka) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetterOf(TOPIC)));
            List<String> values = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                return !values.isEmpty();
            });
            consumer.poll(Duration.ofSeconds(1)).forEach(record -> values.add(record.value()));
            return values;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class DatabaseDownListener {

        final AtomicInteger outageFailures = new AtomicInteger();
        final List<String> handled = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TOPIC)
        void on(String value) {
            if (value.equals("poison")) {
                throw new IllegalArgumentException("not a command this service understands");
            }
            if (value.equals("during-outage") && outageFailures.get() < OUTAGE_FAILURES) {
                outageFailures.incrementAndGet();
                throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
            }
            handled.add(value);
        }
    }
}
