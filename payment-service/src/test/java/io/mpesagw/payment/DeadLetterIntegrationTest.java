package io.mpesagw.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.contracts.Topics;
import io.mpesagw.payment.domain.PaymentState;
import io.mpesagw.testsupport.SharedInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Poison records leave the topic for its dead-letter topic, counted, instead of blocking the payment's partition. */
class DeadLetterIntegrationTest extends PaymentServiceIntegrationTest {

    @Autowired
    MeterRegistry metrics;

    @Test
    void an_unreadable_command_goes_to_the_dead_letter_topic_at_once_and_is_counted() throws Exception {
        String key = "pay_" + UUID.randomUUID();
        double before = deadLetters(Topics.PAYMENT_COMMANDS);

        send(Topics.PAYMENT_COMMANDS, key, "{\"type\":\"RequestStkPush\",\"paymentId\":");

        ConsumerRecord<String, String> dead = awaitDeadLetter(Topics.PAYMENT_COMMANDS, key, Duration.ofSeconds(30));
        assertThat(dead.value()).isEqualTo("{\"type\":\"RequestStkPush\",\"paymentId\":");
        assertThat(dead.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> deadLetters(Topics.PAYMENT_COMMANDS) == before + 1);
        assertThat(payments.find(key)).isEmpty();
    }

    @Test
    void a_command_that_breaks_the_contract_is_dead_lettered_and_the_next_command_still_runs() throws Exception {
        String poison = "pay_" + UUID.randomUUID();
        String next = "pay_" + UUID.randomUUID();

        // amount 0 cannot build a RequestStkPush: no retry can fix it
        send(Topics.PAYMENT_COMMANDS, poison, "{\"type\":\"RequestStkPush\",\"paymentId\":\"" + poison
                + "\",\"merchantId\":\"mer_1\",\"amount\":0,\"msisdn\":\"254708374149\",\"accountReference\":\"X\","
                + "\"requestedAt\":\"2026-11-28T10:00:00Z\"}");
        send(Topics.PAYMENT_COMMANDS, next, EventJson.write(
                new RequestStkPush(next, "mer_1", 10, "254708374149", "INV-2", null, Instant.now())));

        assertThat(awaitDeadLetter(Topics.PAYMENT_COMMANDS, poison, Duration.ofSeconds(30)).key()).isEqualTo(poison);
        assertThat(payments.find(poison)).isEmpty();
        awaitState(next, PaymentState.FAILED); // token-service is unreachable here: refused, not stuck
    }

    @Test
    void a_callback_for_a_payment_that_never_appears_is_retried_a_bounded_number_of_times_then_dead_lettered()
            throws Exception {
        String key = "pay_" + UUID.randomUUID();
        double retriesBefore = metrics.counter("payments.kafka.failed_deliveries", "topic", Topics.STK_CALLBACKS).count();

        send(Topics.STK_CALLBACKS, key, callback(key, "ws_CO_DLT3", "0", new BigDecimal("10"), "254708374149"));

        // service-kit's handler: 8 retries, 0.2 s doubling to 5 s (about 21 s), then the dead-letter topic
        ConsumerRecord<String, String> dead = awaitDeadLetter(Topics.STK_CALLBACKS, key, Duration.ofSeconds(60));
        assertThat(dead.value()).contains(key);
        assertThat(metrics.counter("payments.kafka.failed_deliveries", "topic", Topics.STK_CALLBACKS).count()
                - retriesBefore).isEqualTo(9);
        assertThat(deadLetters(Topics.STK_CALLBACKS)).isPositive();
    }

    private double deadLetters(String topic) {
        return metrics.counter("payments.kafka.dead_letters", "topic", topic).count();
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String topic, String key, Duration within) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetterOf(topic)));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(within).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.getFirst();
        }
    }
}
