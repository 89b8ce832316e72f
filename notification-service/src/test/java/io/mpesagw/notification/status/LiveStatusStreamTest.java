package io.mpesagw.notification.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.PaymentFailed;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.contracts.PaymentSubmitted;
import io.mpesagw.contracts.PaymentSucceeded;
import io.mpesagw.contracts.PaymentUnknown;
import io.mpesagw.contracts.Topics;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.kit.tokens.WatchToken;
import io.mpesagw.kit.web.ApiErrorHandler;
import io.mpesagw.notification.status.application.PaymentStatusTracker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LiveStatusStreamTest extends NotificationIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WatchToken TOKENS = new WatchToken(WATCH_SIGNING_KEY, Clock.systemUTC());

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    PaymentStatusTracker tracker;

    @Test
    void streams_submitted_then_succeeded_in_order_and_ends_the_stream() throws Exception {
        String paymentId = Ids.newId("pay");
        try (SseStream stream = SseStream.open(eventsUri(paymentId, TOKENS.issue(paymentId, Duration.ofMinutes(5))))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            assertThat(stream.header("Cache-Control")).isEqualTo("no-store");

            publish(submitted(paymentId));
            publish(succeeded(paymentId, "SA77CVC7PZ"));

            await().atMost(Duration.ofSeconds(30)).until(stream::ended);
            List<SseStream.Event> events = stream.events();
            assertThat(events).extracting(SseStream.Event::name).containsExactly("payment", "payment");
            assertThat(data(events.get(0))).isEqualTo(new Expected(paymentId, "submitted",
                    "Check your phone and enter your M-Pesa PIN.", null));
            assertThat(data(events.get(1))).isEqualTo(new Expected(paymentId, "succeeded",
                    "Payment received. Thank you.", "SA77CVC7PZ"));
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_browser_closing_its_stream_is_not_logged_as_an_error(CapturedOutput output) throws Exception {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(ApiErrorHandler.class.getName(), LogLevel.DEBUG);
        try {
            String paymentId = Ids.newId("pay");
            try (SseStream stream = SseStream.open(eventsUri(paymentId, TOKENS.issue(paymentId, Duration.ofMinutes(5))))) {
                assertThat(stream.status()).isEqualTo(200);
            }
            // the next write finds nobody: the container reports the disconnected client
            publish(submitted(paymentId));
            await().atMost(Duration.ofSeconds(30)).until(() -> output.getAll().contains("client went away")
                    || output.getAll().contains("unexpected error"));
            assertThat(output.getAll()).doesNotContain("unexpected error");
        } finally {
            LoggingSystem.get(getClass().getClassLoader()).setLogLevel(ApiErrorHandler.class.getName(), null);
        }
    }

    @Test
    void an_unknown_payment_keeps_the_stream_open_drops_a_late_event_and_ends_with_its_outcome() throws Exception {
        String paymentId = Ids.newId("pay");
        try (SseStream stream = SseStream.open(eventsUri(paymentId, TOKENS.issue(paymentId, Duration.ofMinutes(5))))) {
            publish(submitted(paymentId));
            publish(new PaymentUnknown(Ids.newId("evt"), paymentId, "mer_test", PaymentUnknown.PUSH_OUTCOME_UNCLEAR,
                    "We are confirming your payment with M-Pesa. Please do not pay again.", Instant.now()));
            publish(submitted(paymentId)); // late: it must not move the payment back
            publish(succeeded(paymentId, "SC34DEF5GH"));

            await().atMost(Duration.ofSeconds(30)).until(stream::ended);
            assertThat(stream.events()).extracting(event -> data(event).status())
                    .containsExactly("submitted", "unknown", "succeeded");
            assertThat(data(stream.events().get(1))).isEqualTo(new Expected(paymentId, "unknown",
                    "We are confirming your payment with M-Pesa. Please do not pay again.", null));
        }
    }

    @Test
    void a_late_watcher_gets_the_current_status_at_once_and_then_the_outcome() throws Exception {
        String paymentId = Ids.newId("pay");
        publish(submitted(paymentId));
        await().atMost(Duration.ofSeconds(30)).until(() -> tracker.current(paymentId).isPresent());

        try (SseStream stream = SseStream.open(eventsUri(paymentId, TOKENS.issue(paymentId, Duration.ofMinutes(5))))) {
            await().atMost(Duration.ofSeconds(5)).until(() -> stream.events().size() == 1);
            assertThat(data(stream.events().get(0)).status()).isEqualTo("submitted");
            assertThat(stream.ended()).isFalse();

            publish(cancelled(paymentId));
            await().atMost(Duration.ofSeconds(30)).until(stream::ended);
            assertThat(stream.events()).hasSize(2);
            assertThat(data(stream.events().get(1))).isEqualTo(new Expected(paymentId, "cancelled",
                    "You cancelled the request on your phone.", null));
        }
    }

    @Test
    void a_watcher_of_a_finished_payment_gets_the_outcome_and_the_stream_ends() throws Exception {
        String paymentId = Ids.newId("pay");
        publish(submitted(paymentId));
        publish(succeeded(paymentId, "SB12CDE3FG"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> tracker.current(paymentId).filter(view -> view.isFinal()).isPresent());

        try (SseStream stream = SseStream.open(eventsUri(paymentId, TOKENS.issue(paymentId, Duration.ofMinutes(5))))) {
            await().atMost(Duration.ofSeconds(5)).until(stream::ended);
            assertThat(stream.events()).extracting(event -> data(event).status()).containsExactly("succeeded");
        }
    }

    @Test
    void a_stream_opens_at_once_with_a_reconnect_hint_before_any_status() throws Exception {
        String paymentId = Ids.newId("pay");
        try (SseStream stream = SseStream.open(eventsUri(paymentId, TOKENS.issue(paymentId, Duration.ofMinutes(5))))) {
            await().atMost(Duration.ofSeconds(5)).until(() -> !stream.lines().isEmpty());
            assertThat(stream.lines().get(0)).isEqualTo("retry:5000");
        }
    }

    @Test
    void an_idle_stream_gets_keep_alive_comments() throws Exception {
        String paymentId = Ids.newId("pay");
        try (SseStream stream = SseStream.open(eventsUri(paymentId, TOKENS.issue(paymentId, Duration.ofMinutes(5))))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.comments().isEmpty());
            assertThat(stream.events()).isEmpty();
        }
    }

    @Test
    void refuses_a_stream_without_a_token_with_401_in_the_error_envelope() throws Exception {
        HttpResponse<String> response = get(URI.create(base() + "/v1/payments/pay_x/events"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(response.body()).at("/error/code").asString()).isEqualTo("watch_token_missing");
    }

    @Test
    void refuses_a_token_issued_for_another_payment_with_403() throws Exception {
        String token = TOKENS.issue("pay_someone_else", Duration.ofMinutes(5));
        HttpResponse<String> response = get(eventsUri("pay_mine", token));
        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("type").asString()).isEqualTo("authentication_error");
        assertThat(error.get("code").asString()).isEqualTo("watch_token_invalid");
        assertThat(error.get("param").asString()).isEqualTo("token");
    }

    @Test
    void refuses_a_forged_or_expired_token_with_403() throws Exception {
        WatchToken otherKey = new WatchToken("a-different-key-that-api-gateway-never-used-0123", Clock.systemUTC());
        assertThat(get(eventsUri("pay_mine", otherKey.issue("pay_mine", Duration.ofMinutes(5)))).statusCode())
                .isEqualTo(403);
        assertThat(get(eventsUri("pay_mine", TOKENS.issue("pay_mine", Duration.ofSeconds(-1)))).statusCode())
                .isEqualTo(403);
    }

    @Test
    void lets_only_the_checkout_origin_open_the_stream_from_a_browser() throws Exception {
        assertThat(preflight("http://127.0.0.1:5173").headers().firstValue("Access-Control-Allow-Origin"))
                .contains("http://127.0.0.1:5173");
        HttpResponse<String> foreign = preflight("https://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    record Expected(String paymentId, String status, String message, String mpesaReceipt) {
    }

    private static Expected data(SseStream.Event event) {
        JsonNode node = JSON.readTree(event.data());
        assertThat(node.propertyNames()).containsExactlyInAnyOrder("payment_id", "status", "message", "mpesa_receipt");
        return new Expected(node.get("payment_id").asString(), node.get("status").asString(),
                node.get("message").asString(), node.get("mpesa_receipt").isNull() ? null
                        : node.get("mpesa_receipt").asString());
    }

    private void publish(PaymentEvent event) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PAYMENT_EVENTS, event.paymentId(),
                EventJson.write(event));
        record.headers().add(Topics.EVENT_TYPE_HEADER, event.getClass().getSimpleName().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }

    static PaymentSubmitted submitted(String paymentId) {
        return new PaymentSubmitted(Ids.newId("evt"), paymentId, "mer_test", "ws_CO_07012024170905625708374149",
                "Check your phone and enter your M-Pesa PIN.", Instant.now());
    }

    static PaymentSucceeded succeeded(String paymentId, String receipt) {
        return new PaymentSucceeded(Ids.newId("evt"), paymentId, "mer_test", 10, receipt,
                "Payment received. Thank you.", Instant.now());
    }

    static PaymentFailed cancelled(String paymentId) {
        return new PaymentFailed(Ids.newId("evt"), paymentId, "mer_test", PaymentStatus.CANCELLED,
                "customer_cancelled", "1032", "You cancelled the request on your phone.", Instant.now());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private URI eventsUri(String paymentId, String token) {
        return URI.create(base() + "/v1/payments/" + paymentId + "/events?token=" + token);
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/v1/payments/pay_x/events"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
