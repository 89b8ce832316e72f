package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One payment end to end through the public API: the real service jars as child processes, a real
 * PostgreSQL, a real Kafka broker in KRaft mode and the Daraja simulator speaking HTTP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static RunningStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(StackSettings.endToEnd(REPO, Path.of("target", "e2e-stack"))
                .withEnvironment(Map.of()) // its own PostgreSQL and Kafka: see PortPlan.END_TO_END
                .withDemoCheckout(false));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void a_payment_from_any_common_phone_format_succeeds_with_a_receipt() throws Exception {
        long started = System.nanoTime();
        JsonNode created = createPayment("+254 708 374 149", 10, "E2E-OK");
        String id = created.get("id").asString();

        JsonNode settled = awaitFinal(id);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(settled.get("status").asString()).isEqualTo("succeeded");
        assertThat(settled.get("mpesa_receipt").asString()).matches("[A-Z0-9]{10}");
        assertThat(settled.get("phone_number").asString()).isEqualTo("254708374149");
        System.out.printf("e2e: payment %s succeeded %d ms after the POST%n", id, millis);
    }

    @Test
    void a_payment_the_customer_cancels_ends_cancelled_with_a_message_they_understand() throws Exception {
        String id = createPayment("0700000001", 10, "E2E-CANCEL").get("id").asString();

        JsonNode settled = awaitFinal(id);

        assertThat(settled.get("status").asString()).isEqualTo("cancelled");
        assertThat(settled.get("failure_code").asString()).isEqualTo("customer_cancelled");
        assertThat(settled.get("message").asString()).isEqualTo("You cancelled the request on your phone.");
    }

    @Test
    void the_checkout_page_flow_sees_the_payment_settle_live() throws Exception {
        JsonNode session = JSON.readTree(send(post(stack.gatewayUrl() + "/v1/checkout/sessions", stack.merchantSecretKey(),
                "{\"amount\":15,\"reference\":\"E2E-CS\",\"description\":\"Solar lamp\"}"), 201));
        String sessionId = session.get("id").asString();
        String clientSecret = session.get("client_secret").asString();

        // as the page calls: the merchant's publishable key, and the session's client secret in its own header
        JsonNode paid = JSON.readTree(send(post(stack.gatewayUrl() + "/v1/checkout/sessions/" + sessionId + "/pay",
                stack.merchantPublishableKey(), "{\"phone\":\"0712 345 678\"}").header("Checkout-Client-Secret", clientSecret),
                202));
        String paymentId = paid.get("payment_id").asString();
        String watchToken = paid.get("watch_token").asString();

        List<String> events = readStatusStream(paymentId, watchToken);

        assertThat(events).last().asString().contains("\"status\":\"succeeded\"");
        JsonNode view = JSON.readTree(send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                + "/v1/checkout/sessions/" + sessionId)).header("Authorization", "Bearer " + stack.merchantPublishableKey())
                .header("Checkout-Client-Secret", clientSecret).GET(), 200));
        assertThat(view.get("status").asString()).isEqualTo("complete");
    }

    @Test
    void the_checkout_page_shows_the_outcome_live_in_a_real_browser() throws Exception {
        Path checkoutUi = REPO.resolve("checkout-ui");
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots").toAbsolutePath());
        Path log = Path.of("target", "playwright.log").toAbsolutePath();
        ProcessBuilder playwright = new ProcessBuilder(checkoutUi.resolve("node_modules/.bin/playwright").toString(), "test")
                .directory(checkoutUi.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        playwright.environment().put("CHECKOUT_URL", openCheckoutSession("E2E-UI-OK"));
        playwright.environment().put("CHECKOUT_URL_TO_CANCEL", openCheckoutSession("E2E-UI-NO"));
        playwright.environment().put("SCREENSHOT_DIR", screenshots.toString());

        Process browserRun = playwright.start();
        boolean finished = browserRun.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            browserRun.destroyForcibly();
        }
        String output = Files.readString(log);

        assertThat(finished).as("Playwright finished in time:%n%s", output).isTrue();
        assertThat(browserRun.exitValue()).as("Playwright exit code:%n%s", output).isZero();
        assertThat(output).contains("2 passed");
        assertThat(screenshots.resolve("checkout-succeeded.png")).isNotEmptyFile();
    }

    @Test
    void bad_input_is_refused_before_anything_reaches_daraja() throws Exception {
        HttpResponse<String> response = HTTP.send(post(stack.gatewayUrl() + "/v1/payments", stack.merchantSecretKey(),
                "{\"amount\":10,\"phone\":\"0800 123 456\",\"reference\":\"E2E-BAD\"}").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").get("param").asString()).isEqualTo("phone");
    }

    @Test
    void fifty_parallel_posts_with_one_idempotency_key_reach_the_phone_as_one_prompt() throws Exception {
        long pushesBefore = simulatorStats().get("stkPushes").asLong();
        String key = UUID.randomUUID().toString();
        String body = "{\"amount\":12,\"phone\":\"0708 374 149\",\"reference\":\"E2E-IDEM\"}";

        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, 50)
                .mapToObj(i -> HTTP.sendAsync(post(stack.gatewayUrl() + "/v1/payments", stack.merchantSecretKey(), body)
                        .header("Idempotency-Key", key).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<HttpResponse<String>> responses = sent.stream().map(CompletableFuture::join).toList();

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(202, 409));
        Set<String> paymentIds = responses.stream().filter(r -> r.statusCode() == 202)
                .map(r -> JSON.readTree(r.body()).get("id").asString()).collect(Collectors.toSet());
        assertThat(paymentIds).hasSize(1);
        assertThat(awaitFinal(paymentIds.iterator().next()).get("status").asString()).isEqualTo("succeeded");
        assertThat(simulatorStats().get("stkPushes").asLong()).isEqualTo(pushesBefore + 1);
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void a_payment_succeeds_after_daraja_dropped_every_token_with_one_compare_and_refresh() throws Exception {
        JsonNode before = simulatorStats();
        JsonNode expired = JSON.readTree(send(HttpRequest.newBuilder(URI.create(stack.simulatorUrl()
                + "/simulator/v1/tokens/expire")).POST(HttpRequest.BodyPublishers.noBody()), 200));
        assertThat(expired.get("expired").asInt()).as("token-service held a token Daraja now refuses").isPositive();

        String id = createPayment("0722 000 555", 11, "E2E-TOKEN").get("id").asString();

        assertThat(awaitFinal(id).get("status").asString()).isEqualTo("succeeded");
        JsonNode after = simulatorStats();
        // payment-service reported the refused token once, token-service refreshed it once, the push was retried once
        assertThat(after.get("oauthCalls").asLong()).isEqualTo(before.get("oauthCalls").asLong() + 1);
        assertThat(after.get("stkPushes").asLong()).isEqualTo(before.get("stkPushes").asLong() + 2);
    }

    @Test
    void the_token_service_is_not_reachable_through_the_public_gateway() throws Exception {
        for (String path : List.of("/internal/v1/tokens/default", "/api/internal/v1/tokens/default")) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                    .header("Authorization", "Bearer " + stack.secrets().internalAuthToken()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("accessToken");
        }
    }

    /** Runs last: every entry the other tests caused is in the log by now. */
    @Test
    @Order(Integer.MAX_VALUE)
    void the_audit_log_holds_the_whole_story_verifies_and_never_a_secret_or_a_full_phone_number() throws Exception {
        String id = createPayment("0708 374 149", 15, "E2E-AUDIT").get("id").asString();
        assertThat(awaitFinal(id).get("status").asString()).isEqualTo("succeeded");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(eventTypes(auditEntries("payment_id=" + id)))
                .contains("API_REQUEST", "STATE_TRANSITION", "DARAJA_EXCHANGE", "CALLBACK_RECEIVED"));
        assertThat(eventTypes(auditEntries("merchant_id=mer_demo&event_type=daraja_exchange"))).isNotEmpty();
        assertThat(eventTypes(auditEntries("event_type=token_refreshed"))).isNotEmpty();
        JsonNode verification = JSON.readTree(send(admin("/admin/v1/audit/verification"), 200));
        assertThat(verification.get("status").asString()).as(verification.toString()).isEqualTo("intact");

        StackSecrets secrets = stack.secrets();
        List<JsonNode> everything = new ArrayList<>();
        String cursor = "";
        JsonNode page;
        do {
            page = auditEntries("limit=1000" + cursor);
            page.get("data").forEach(everything::add);
            cursor = everything.isEmpty() ? "" : "&starting_after=" + everything.getLast().get("id").asLong();
        } while (page.get("has_more").asBoolean());
        assertThat(everything).hasSizeGreaterThan(10);
        // hashes are hex and may hold any digit run by chance: look at everything but them
        everything.forEach(entry -> ((ObjectNode) entry).remove(List.of("hash", "prev_hash")));
        String log = everything.toString();
        for (String secret : List.of(secrets.merchantSecretKey(), secrets.adminToken(), secrets.darajaConsumerKey(),
                secrets.darajaConsumerSecret(), secrets.darajaPasskey(), secrets.internalAuthToken(),
                secrets.callbackSigningKey(), secrets.checkoutWatchSigningKey())) {
            assertThat(log).doesNotContain(secret);
        }
        assertThat(log).doesNotContain("254708374149", "254700000001") // the numbers these tests paid from
                .doesNotContainPattern("(?<![0-9A-Za-z])254[17]\\d{8}(?!\\d)") // any full MSISDN
                .doesNotContainPattern("(?i)bearer [a-z0-9]")
                .doesNotContainPattern("/v1/callbacks/stk/pay_[A-Za-z0-9]+/[A-Za-z0-9_-]{16,}"); // path tokens
    }

    private static JsonNode simulatorStats() throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(stack.simulatorUrl() + "/simulator/v1/stats")).GET(), 200));
    }

    private static HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Authorization", "Bearer " + stack.secrets().adminToken()).GET();
    }

    private static JsonNode auditEntries(String query) throws Exception {
        return JSON.readTree(send(admin("/admin/v1/audit/entries?" + query), 200));
    }

    private static List<String> eventTypes(JsonNode list) {
        List<String> types = new ArrayList<>();
        list.get("data").forEach(entry -> types.add(entry.get("event_type").asString()));
        return types;
    }

    private static String openCheckoutSession(String reference) throws Exception {
        JsonNode session = JSON.readTree(send(post(stack.gatewayUrl() + "/v1/checkout/sessions", stack.merchantSecretKey(),
                "{\"amount\":20,\"reference\":\"" + reference + "\",\"description\":\"Solar lamp\"}"), 201));
        return stack.checkoutUrlFor(session.get("id").asString(), session.get("client_secret").asString(),
                stack.merchantPublishableKey());
    }

    private static JsonNode createPayment(String phone, long amount, String reference) throws Exception {
        String body = "{\"amount\":" + amount + ",\"phone\":\"" + phone + "\",\"reference\":\"" + reference + "\"}";
        JsonNode created = JSON.readTree(send(post(stack.gatewayUrl() + "/v1/payments", stack.merchantSecretKey(), body), 202));
        assertThat(created.get("status").asString()).isEqualTo("pending");
        return created;
    }

    private static JsonNode awaitFinal(String paymentId) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            last[0] = JSON.readTree(send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/v1/payments/" + paymentId))
                    .header("Authorization", "Bearer " + stack.merchantSecretKey()).GET(), 200));
            return List.of("succeeded", "failed", "cancelled", "expired").contains(last[0].get("status").asString());
        });
        return last[0];
    }

    /** Reads the notification-service SSE stream until it ends after the final status. */
    private static List<String> readStatusStream(String paymentId, String watchToken) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.notificationUrl() + "/v1/payments/" + paymentId
                + "/events?token=" + watchToken)).header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> data = new ArrayList<>();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        data.add(line.substring(5));
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        reading.get(30, TimeUnit.SECONDS); // the stream ends by itself after the final status
        return data;
    }

    private static HttpRequest.Builder post(String url, String bearer, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static String send(HttpRequest.Builder request, int expectedStatus) throws Exception {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("HTTP status of %s: %s", response.uri(), response.body()).isEqualTo(expectedStatus);
        return response.body();
    }
}
