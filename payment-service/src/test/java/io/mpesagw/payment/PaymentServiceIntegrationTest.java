package io.mpesagw.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.payment.application.PaymentStore;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import io.mpesagw.testsupport.SharedInfrastructure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commands and callbacks in over a real Kafka broker, state and outbox in a real Postgres. The
 * subclasses share one application context (its configuration is all here), so one consumer group
 * member reads the shared topics, however many classes test through them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class PaymentServiceIntegrationTest {

    private static KafkaProducer<String, String> producer;

    @Autowired
    PaymentStore payments;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
        registry.add("mpesa.payment.shortcode", () -> "174379");
        registry.add("mpesa.payment.passkey", () -> "test-passkey");
        registry.add("mpesa.payment.internal-auth-token", () -> "i".repeat(40));
        registry.add("mpesa.payment.callback-signing-key", () -> "c".repeat(40));
        // Nothing listens here: token-service is unreachable, so no push (or query) can leave.
        registry.add("mpesa.payment.token-service-url", () -> "http://127.0.0.1:9");
        registry.add("mpesa.outbox.poll-interval", () -> "PT0.1S");
    }

    @BeforeAll
    static void connect() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    SharedInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer());
        }
    }

    @AfterAll
    static void disconnect() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    String submittedPayment(long amount, String checkoutRequestId) {
        String id = "pay_" + UUID.randomUUID();
        Instant now = Instant.now();
        transactions.executeWithoutResult(tx -> {
            payments.insertIfAbsent(Payment.requested(id, "mer_1", amount, "254708374149", "INV-1", null, now), now);
            payments.transition(id, new PaymentStore.Transition(PaymentState.SUBMITTED, checkoutRequestId, "m-1",
                    null, null, null, now, "push accepted"));
        });
        return id;
    }

    static String callback(String paymentId, String checkoutRequestId, String code, BigDecimal amount, String phone) {
        return EventJson.write(new StkCallbackReceived("cb_" + UUID.randomUUID(), paymentId, "m-1", checkoutRequestId,
                code, "text varies", amount, amount == null ? null : "SA77CVC7PZ", phone,
                amount == null ? null : "20240107170703", Instant.now()));
    }

    static void send(String topic, String key, String json) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, json)).get();
    }

    void awaitState(String id, PaymentState state) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(payments.find(id)).hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(state)));
    }

    List<Map<String, Object>> auditEntries(String id) {
        return jdbc.sql("""
                select event_type, actor, subject_id, request_id, source_address, details::text as details
                from audit.entries where subject_id = ? order by id""").param(id).query().listOfRows();
    }

    List<Map<String, Object>> transitionsOf(String id) {
        return jdbc.sql("""
                select details ->> 'from' as "from", details ->> 'to' as "to", details ->> 'reason' as reason,
                       details::text as details
                from audit.entries where subject_id = ? and event_type = 'STATE_TRANSITION' order by id""")
                .param(id).query().listOfRows();
    }

    int outboxRows(String id, String type) {
        return jdbc.sql("select count(*) from outbox where message_key = ? and event_type = ?").params(id, type)
                .query(Integer.class).single();
    }

    int published(String id, String type) {
        return jdbc.sql("select count(*) from outbox where message_key = ? and event_type = ? and published_at is not null")
                .params(id, type).query(Integer.class).single();
    }

    String outboxPayload(String id, String type) {
        return jdbc.sql("select payload from outbox where message_key = ? and event_type = ?").params(id, type)
                .query(String.class).single();
    }
}
