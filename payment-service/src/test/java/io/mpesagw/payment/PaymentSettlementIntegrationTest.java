package io.mpesagw.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.audit.AuditVerifier;
import io.mpesagw.audit.VerificationResult;
import io.mpesagw.contracts.CallbackResult;
import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.contracts.Topics;
import io.mpesagw.payment.application.PaymentStore;
import io.mpesagw.payment.application.SettleStkPayment;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import io.mpesagw.testsupport.SharedInfrastructure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Commands and callbacks in over a real Kafka broker, state and outbox in a real Postgres. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PaymentSettlementIntegrationTest {

    private static KafkaProducer<String, String> producer;

    @Autowired
    PaymentStore payments;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    SettleStkPayment settle;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
        registry.add("mpesa.payment.shortcode", () -> "174379");
        registry.add("mpesa.payment.passkey", () -> "test-passkey");
        registry.add("mpesa.payment.internal-auth-token", () -> "i".repeat(40));
        registry.add("mpesa.payment.callback-signing-key", () -> "c".repeat(40));
        // Nothing listens here: token-service is unreachable, so no push can leave.
        registry.add("mpesa.payment.token-service-url", () -> "http://127.0.0.1:9");
        registry.add("mpesa.outbox.poll-interval", () -> "PT0.1S");
    }

    @BeforeAll
    static void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void disconnect() {
        producer.close();
    }

    @Test
    void a_successful_callback_settles_the_payment_once_however_often_it_arrives() throws Exception {
        String id = submittedPayment(10, "ws_CO_A1");

        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_A1", "0", new BigDecimal("10.00"), "254708374149"));
        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_A1", "0", new BigDecimal("10.00"), "254708374149"));

        awaitState(id, PaymentState.SUCCEEDED);
        await().atMost(Duration.ofSeconds(20)).until(() -> published(id, "PaymentSucceeded") == 1);
        assertThat(jdbc.sql("select mpesa_receipt from payments where id = ?").param(id).query(String.class).single())
                .isEqualTo("SA77CVC7PZ");
        assertThat(outboxRows(id, "PaymentSucceeded")).isEqualTo(1);

        List<Map<String, Object>> transitions = transitionsOf(id);
        assertThat(transitions).extracting(t -> t.get("from") + ">" + t.get("to"))
                .containsExactly("null>requested", "requested>submitted", "submitted>succeeded");
        assertThat(transitions.getLast().get("reason")).isEqualTo("Daraja result 0");
        assertThat(transitions.getLast().get("details").toString()).contains("SA77CVC7PZ");
        assertThat(AuditVerifier.verify(dataSource)).isInstanceOf(VerificationResult.Intact.class);
    }

    @Test
    void a_duplicate_callback_after_settlement_adds_no_audit_entry() throws Exception {
        String id = submittedPayment(10, "ws_CO_A2");
        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_A2", "0", new BigDecimal("10.00"), "254708374149"));
        awaitState(id, PaymentState.SUCCEEDED);
        int entriesAfterSettlement = auditEntries(id).size();

        // handled here, synchronously, so the assertion below cannot run before it
        settle.handle((StkCallbackReceived) EventJson.read(
                callback(id, "ws_CO_A2", "0", new BigDecimal("10.00"), "254708374149"), CallbackResult.class));
        settle.handle((StkCallbackReceived) EventJson.read(callback(id, "ws_CO_A2", "1032", null, null),
                CallbackResult.class));

        assertThat(payments.find(id).orElseThrow().state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(auditEntries(id)).hasSize(entriesAfterSettlement);
    }

    @Test
    void a_cancelled_prompt_ends_cancelled_with_a_customer_message() throws Exception {
        String id = submittedPayment(10, "ws_CO_B1");

        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_B1", "1032", null, null));

        awaitState(id, PaymentState.CANCELLED);
        assertThat(outboxPayload(id, "PaymentFailed")).contains("\"status\":\"cancelled\"")
                .contains("You cancelled the request on your phone.");
    }

    @Test
    void a_callback_for_another_amount_is_flagged_not_credited() throws Exception {
        String id = submittedPayment(10, "ws_CO_C1");

        send(Topics.STK_CALLBACKS, id, callback(id, "ws_CO_C1", "0", new BigDecimal("1"), "254708374149"));

        awaitState(id, PaymentState.UNKNOWN);
        assertThat(outboxRows(id, "PaymentSucceeded")).isZero();
    }

    @Test
    void a_push_that_cannot_get_a_token_fails_without_prompting() throws Exception {
        String id = "pay_" + UUID.randomUUID();

        send(Topics.PAYMENT_COMMANDS, id, EventJson.write(
                new RequestStkPush(id, "mer_1", 10, "254708374149", "INV-1", "Order", Instant.now())));

        awaitState(id, PaymentState.FAILED);
        assertThat(outboxPayload(id, "PaymentFailed")).contains("push_refused");

        List<Map<String, Object>> entries = auditEntries(id);
        assertThat(entries).extracting(e -> e.get("event_type"))
                .containsExactly("STATE_TRANSITION", "STATE_TRANSITION", "DARAJA_EXCHANGE");
        String exchange = entries.get(2).get("details").toString();
        assertThat(exchange).contains("\"outcome\": \"refused\"").contains("token_unavailable")
                .contains("\"shortcode\": \"174379\"").contains("\"amount\": 10").contains("INV-1")
                .contains("2547****149").contains("/v1/callbacks/stk/" + id + "/****").contains("\"attempts\": 0");
        assertThat(transitionsOf(id).getLast()).containsEntry("to", "failed")
                .containsEntry("reason", "push_refused: token_unavailable");
        String everything = entries.toString();
        assertThat(everything).doesNotContain("254708374149").doesNotContain("test-passkey")
                .doesNotContain("i".repeat(40)).doesNotContain("c".repeat(40));
        assertThat(AuditVerifier.verify(dataSource)).isInstanceOf(VerificationResult.Intact.class);
    }

    private List<Map<String, Object>> auditEntries(String id) {
        return jdbc.sql("""
                select event_type, actor, subject_id, request_id, source_address, details::text as details
                from audit.entries where subject_id = ? order by id""").param(id).query().listOfRows();
    }

    private List<Map<String, Object>> transitionsOf(String id) {
        return jdbc.sql("""
                select details ->> 'from' as "from", details ->> 'to' as "to", details ->> 'reason' as reason,
                       details::text as details
                from audit.entries where subject_id = ? and event_type = 'STATE_TRANSITION' order by id""")
                .param(id).query().listOfRows();
    }

    private String submittedPayment(long amount, String checkoutRequestId) {
        String id = "pay_" + UUID.randomUUID();
        Instant now = Instant.now();
        transactions.executeWithoutResult(tx -> {
            payments.insertIfAbsent(Payment.requested(id, "mer_1", amount, "254708374149", "INV-1", null, now), now);
            payments.transition(id, new PaymentStore.Transition(PaymentState.SUBMITTED, checkoutRequestId, "m-1",
                    null, null, null, now, "push accepted"));
        });
        return id;
    }

    private static String callback(String paymentId, String checkoutRequestId, String code, BigDecimal amount, String phone) {
        return EventJson.write(new StkCallbackReceived("cb_" + UUID.randomUUID(), paymentId, "m-1", checkoutRequestId,
                code, "text varies", amount, amount == null ? null : "SA77CVC7PZ", phone,
                amount == null ? null : "20240107170703", Instant.now()));
    }

    private static void send(String topic, String key, String json) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, json)).get();
    }

    private void awaitState(String id, PaymentState state) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(payments.find(id)).hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(state)));
    }

    private int outboxRows(String id, String type) {
        return jdbc.sql("select count(*) from outbox where message_key = ? and event_type = ?").params(id, type)
                .query(Integer.class).single();
    }

    private int published(String id, String type) {
        return jdbc.sql("select count(*) from outbox where message_key = ? and event_type = ? and published_at is not null")
                .params(id, type).query(Integer.class).single();
    }

    private String outboxPayload(String id, String type) {
        return jdbc.sql("select payload from outbox where message_key = ? and event_type = ?").params(id, type)
                .query(String.class).single();
    }
}
