package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * B2C payouts end to end: POST /v1/payouts, payment-service's B2C v3 call to the simulator, its Result
 * through callback-service, and Transaction Status when the Result is a queue timeout or never comes.
 * Every payout reaches the simulator's B2C endpoint exactly once. Free ports, like TokenServiceReplicasTest.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PayoutEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static RunningStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(StackSettings.endToEnd(REPO, Path.of("target", "payout-e2e-stack"))
                .withPorts(PortPlan.free())
                .withComponents(EnumSet.of(Component.DARAJA_SIMULATOR, Component.TOKEN_SERVICE,
                        Component.PAYMENT_SERVICE, Component.CALLBACK_SERVICE, Component.API_GATEWAY))
                .withDemoCheckout(false)
                // a lost Result is noticed after 5 s, not the production 2 minutes
                .withOverride(Component.PAYMENT_SERVICE, "PAYOUT_RESULT_TIMEOUT", "5s")
                .withOverride(Component.PAYMENT_SERVICE, "PAYOUT_STATUS_QUERY_INTERVAL", "15s")
                .withOverride(Component.PAYMENT_SERVICE, "PAYOUT_JANITOR_INTERVAL", "1s"));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void a_lost_result_is_settled_by_a_status_query_never_by_a_resend() throws Exception {
        JsonNode before = simulatorStats();
        control("POST", "/simulator/v1/callbacks/faults", "{\"kind\":\"result\",\"action\":\"drop\",\"count\":1}");

        JsonNode settled = awaitFinal(createPayout("0708 374 149", 120, "E2E-LOST").get("id").asString());

        assertThat(settled.get("status").asString()).isEqualTo("succeeded");
        assertThat(settled.get("mpesa_receipt").asString()).matches("[A-Z0-9]{10}");
        JsonNode after = simulatorStats();
        assertThat(after.get("b2cRequests").asLong()).isEqualTo(before.get("b2cRequests").asLong() + 1);
        assertThat(after.get("statusQueries").asLong()).isGreaterThan(before.get("statusQueries").asLong());
    }

    @Test
    @Order(2)
    void a_payout_succeeds_with_a_receipt() throws Exception {
        long b2cBefore = simulatorStats().get("b2cRequests").asLong();

        JsonNode created = createPayout("+254 708 374 149", 100, "E2E-OK");
        assertThat(created.get("status").asString()).isEqualTo("pending");
        assertThat(created.get("id").asString()).startsWith("po_");
        JsonNode settled = awaitFinal(created.get("id").asString());

        assertThat(settled.get("status").asString()).isEqualTo("succeeded");
        assertThat(settled.get("mpesa_receipt").asString()).matches("[A-Z0-9]{10}");
        assertThat(settled.get("phone_number").asString()).isEqualTo("254708374149");
        assertThat(simulatorStats().get("b2cRequests").asLong()).isEqualTo(b2cBefore + 1);
    }

    @Test
    @Order(3)
    void a_payout_to_a_recipient_mpesa_refuses_fails_with_its_code() throws Exception {
        long b2cBefore = simulatorStats().get("b2cRequests").asLong();
        control("POST", "/simulator/v1/b2c-outcomes", "{\"partyB\":\"254712000111\",\"resultCode\":\"1\"}");

        JsonNode settled = awaitFinal(createPayout("0712 000 111", 100, "E2E-FAIL").get("id").asString());

        assertThat(settled.get("status").asString()).isEqualTo("failed");
        assertThat(settled.get("failure_code").asString()).isEqualTo("insufficient_funds");
        assertThat(settled.get("mpesa_receipt").isNull()).isTrue();
        assertThat(simulatorStats().get("b2cRequests").asLong()).isEqualTo(b2cBefore + 1);
    }

    @Test
    @Order(4)
    void a_queue_timeout_is_settled_by_a_status_query_never_by_a_resend() throws Exception {
        JsonNode before = simulatorStats();
        control("POST", "/simulator/v1/b2c-outcomes", "{\"partyB\":\"254712000222\",\"resultCode\":\"timeout\"}");

        JsonNode settled = awaitFinal(createPayout("0712 000 222", 150, "E2E-TIMEOUT").get("id").asString());

        assertThat(settled.get("status").asString()).isEqualTo("succeeded");
        assertThat(settled.get("mpesa_receipt").asString()).matches("[A-Z0-9]{10}");
        JsonNode after = simulatorStats();
        assertThat(after.get("b2cRequests").asLong()).isEqualTo(before.get("b2cRequests").asLong() + 1);
        assertThat(after.get("statusQueries").asLong()).isGreaterThan(before.get("statusQueries").asLong());
    }

    private static JsonNode createPayout(String phone, long amount, String reference) throws Exception {
        String body = "{\"amount\":" + amount + ",\"phone\":\"" + phone + "\",\"reference\":\"" + reference + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/v1/payouts"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + stack.merchantSecretKey())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body());
    }

    private static JsonNode awaitFinal(String id) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/v1/payouts/" + id))
                    .header("Authorization", "Bearer " + stack.merchantSecretKey()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            seen[0] = JSON.readTree(response.body());
            String status = seen[0].path("status").asString();
            return "succeeded".equals(status) || "failed".equals(status);
        });
        return seen[0];
    }

    private static JsonNode simulatorStats() throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(stack.simulatorUrl() + "/simulator/v1/stats"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static void control(String method, String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.simulatorUrl() + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
    }
}
