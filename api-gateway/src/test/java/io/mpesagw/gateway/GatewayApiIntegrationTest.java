package io.mpesagw.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PaymentCommand;
import io.mpesagw.contracts.PaymentSucceeded;
import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.contracts.Topics;
import io.mpesagw.testsupport.SharedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The merchant API against a real Postgres and a real Kafka broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayApiIntegrationTest {

    private static final String KEY = "sk_test_" + "a".repeat(32);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
        registry.add("mpesa.gateway.demo-merchant-secret-key", () -> KEY);
        registry.add("mpesa.gateway.watch-signing-key", () -> "w".repeat(40));
        registry.add("mpesa.outbox.poll-interval", () -> "PT0.1S");
    }

    @Test
    void an_accepted_payment_is_a_durable_command_and_its_status_follows_the_events() throws Exception {
        HttpResponse<String> created = post("/v1/payments", KEY,
                "{\"amount\":10,\"phone\":\"+254 712 345 678\",\"reference\":\"INV-1\"}");

        assertThat(created.statusCode()).isEqualTo(202);
        JsonNode payment = JSON.readTree(created.body());
        String id = payment.get("id").asString();
        assertThat(id).startsWith("pay_");
        assertThat(payment.get("status").asString()).isEqualTo("pending");
        assertThat(payment.get("phone_number").asString()).isEqualTo("254712345678");

        RequestStkPush command = awaitCommandFor(id);
        assertThat(command.amount()).isEqualTo(10);
        assertThat(command.msisdn()).isEqualTo("254712345678");

        publish(new PaymentSucceeded("evt_1", id, command.merchantId(), 10, "SA77CVC7PZ", "Payment received.", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode current = JSON.readTree(get("/v1/payments/" + id, KEY).body());
            assertThat(current.get("status").asString()).isEqualTo("succeeded");
            assertThat(current.get("mpesa_receipt").asString()).isEqualTo("SA77CVC7PZ");
        });
    }

    @Test
    void a_fractional_amount_is_refused_naming_the_field_not_rounded() throws Exception {
        HttpResponse<String> response = post("/v1/payments", KEY, "{\"amount\":10.5,\"phone\":\"0712345678\",\"reference\":\"INV-1\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("param").asString()).isEqualTo("amount");
        assertThat(error.get("code").asString()).isEqualTo("amount_not_whole");
    }

    @Test
    void a_landline_is_refused_with_what_is_accepted() throws Exception {
        HttpResponse<String> response = post("/v1/payments", KEY, "{\"amount\":10,\"phone\":\"020 123 4567\",\"reference\":\"INV-1\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("param").asString()).isEqualTo("phone");
        assertThat(error.get("message").asString()).contains("not a mobile number").contains("0712345678");
    }

    @Test
    void requests_without_a_valid_secret_key_are_refused() throws Exception {
        assertThat(post("/v1/payments", null, "{}").statusCode()).isEqualTo(401);
        assertThat(post("/v1/payments", "sk_test_" + "b".repeat(32), "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void broken_json_gets_a_clear_400_not_a_500() throws Exception {
        HttpResponse<String> response = post("/v1/payments", KEY, "{\"amount\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("body_invalid");
    }

    @Test
    void a_checkout_session_takes_one_payment_at_a_time() throws Exception {
        JsonNode session = JSON.readTree(post("/v1/checkout/sessions", KEY,
                "{\"amount\":25,\"reference\":\"ORDER-9\",\"description\":\"Solar lamp\"}").body());
        String id = session.get("id").asString();
        String secret = session.get("client_secret").asString();
        assertThat(session.get("url").asString()).endsWith("/checkout/" + id + "#" + secret);

        JsonNode view = JSON.readTree(get("/v1/checkout/sessions/" + id, secret).body());
        assertThat(view.get("merchant_name").asString()).isEqualTo("Demo Merchant");
        assertThat(view.get("status").asString()).isEqualTo("open");

        HttpResponse<String> paid = post("/v1/checkout/sessions/" + id + "/pay", secret, "{\"phone\":\"0712 345 678\"}");
        assertThat(paid.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(paid.body()).get("watch_token").asString()).isNotBlank();

        HttpResponse<String> again = post("/v1/checkout/sessions/" + id + "/pay", secret, "{\"phone\":\"0712 345 678\"}");
        assertThat(again.statusCode()).isEqualTo(409);

        assertThat(get("/v1/checkout/sessions/" + id, secret + "x").statusCode()).isEqualTo(404);
    }

    @Test
    void every_response_carries_the_protective_headers() throws Exception {
        HttpResponse<String> response = get("/v1/payments/pay_missing", KEY);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    private RequestStkPush awaitCommandFor(String paymentId) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "gateway-test-" + paymentId);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<RequestStkPush> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.PAYMENT_COMMANDS));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (paymentId.equals(record.key())) {
                        found.add((RequestStkPush) EventJson.read(record.value(), PaymentCommand.class));
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.getFirst();
    }

    private static void publish(Object event) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.PAYMENT_EVENTS, ((PaymentSucceeded) event).paymentId(), EventJson.write(event))).get();
        }
    }

    private HttpResponse<String> post(String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
