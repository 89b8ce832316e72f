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
 * A merchant with its own Daraja app and shortcode, end to end: an operator sets its credential set
 * through the gateway's admin API, token-service keeps it, and the merchant's payments and payouts go
 * to M-Pesa (the simulator, which counts each app's calls) on its own shortcode with its own app, while
 * the demo merchant keeps using the deployment's. Free ports and the infrastructure of the run, like
 * PayoutEndToEndTest.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MerchantCredentialsEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final String APP_KEY = "e2e-merchant-app-key";
    private static final String SHORTCODE = "600222";
    private static final String CREDENTIALS = """
            {"shortcode":"%s","shortcode_type":"paybill","passkey":"e2e-merchant-passkey","consumer_key":"%s",
             "consumer_secret":"e2e-merchant-app-secret","initiator_name":"merchantapi",
             "initiator_password":"Merchant#2026","environment":"%s"}""";
    private static RunningStack stack;
    private static String merchantId;
    private static String merchantKey;

    @BeforeAll
    static void startStack() throws Exception {
        stack = LocalStack.start(StackSettings.endToEnd(REPO, Path.of("target", "merchant-credentials-stack"))
                .withPorts(PortPlan.free())
                .withComponents(EnumSet.of(Component.DARAJA_SIMULATOR, Component.TOKEN_SERVICE,
                        Component.PAYMENT_SERVICE, Component.CALLBACK_SERVICE, Component.API_GATEWAY))
                .withDemoCheckout(false));
        HttpResponse<String> app = send("POST", stack.simulatorUrl() + "/simulator/v1/apps", null, """
                {"consumerKey":"%s","consumerSecret":"e2e-merchant-app-secret","shortcode":"%s",
                 "passkey":"e2e-merchant-passkey","initiatorName":"merchantapi","initiatorPassword":"Merchant#2026"}"""
                .formatted(APP_KEY, SHORTCODE));
        assertThat(app.statusCode()).as(app.body()).isBetween(200, 299);
        HttpResponse<String> created = send("POST", stack.gatewayUrl() + "/admin/v1/merchants",
                stack.secrets().adminToken(), "{\"name\":\"Own Shortcode Ltd\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode merchant = JSON.readTree(created.body());
        merchantId = merchant.get("id").asString();
        for (JsonNode key : merchant.get("keys")) {
            if ("secret".equals(key.get("kind").asString())) {
                merchantKey = key.get("key").asString();
            }
        }
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void a_set_token_service_refuses_is_a_400_naming_the_field_and_is_kept_nowhere() throws Exception {
        HttpResponse<String> refused = putCredentials(CREDENTIALS.formatted(SHORTCODE, APP_KEY, "production"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body()).get("error");
        assertThat(error.get("param").asString()).isEqualTo("environment");
        assertThat(refused.body()).doesNotContain("e2e-merchant-passkey", "e2e-merchant-app-secret", "Merchant#2026");
        assertThat(merchant().get("daraja_credentials").isNull()).isTrue();
    }

    @Test
    @Order(2)
    void the_operator_sets_the_merchants_credentials_and_sees_only_which_fields_are_set() throws Exception {
        HttpResponse<String> saved = putCredentials(CREDENTIALS.formatted(SHORTCODE, APP_KEY, "sandbox"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("e2e-merchant-passkey", "e2e-merchant-app-secret", "Merchant#2026");
        JsonNode shown = merchant().get("daraja_credentials");
        assertThat(shown.get("shortcode").asString()).isEqualTo(SHORTCODE);
        assertThat(shown.get("fields_set")).hasSize(5);
    }

    @Test
    @Order(3)
    void the_merchants_payment_and_payout_go_out_on_its_own_app_and_shortcode() throws Exception {
        JsonNode before = apps();

        String payment = create("/v1/payments", merchantKey, "{\"amount\":10,\"phone\":\"0708374149\",\"reference\":\"OWN-1\"}");
        assertThat(awaitFinal("/v1/payments/" + payment, merchantKey).get("status").asString()).isEqualTo("succeeded");
        String payout = create("/v1/payouts", merchantKey, "{\"amount\":100,\"phone\":\"0708374149\",\"reference\":\"OWN-2\"}");
        assertThat(awaitFinal("/v1/payouts/" + payout, merchantKey).get("status").asString()).isEqualTo("succeeded");

        JsonNode after = apps();
        assertThat(count(after, APP_KEY, "stkPushes")).isEqualTo(count(before, APP_KEY, "stkPushes") + 1);
        assertThat(count(after, APP_KEY, "b2cRequests")).isEqualTo(count(before, APP_KEY, "b2cRequests") + 1);
        assertThat(others(after, "stkPushes")).isEqualTo(others(before, "stkPushes"));
        assertThat(others(after, "b2cRequests")).isEqualTo(others(before, "b2cRequests"));
    }

    @Test
    @Order(4)
    void the_demo_merchant_still_pays_with_the_deployments_own_app() throws Exception {
        JsonNode before = apps();

        String payment = create("/v1/payments", stack.merchantSecretKey(),
                "{\"amount\":10,\"phone\":\"0708374150\",\"reference\":\"DEMO-1\"}");
        assertThat(awaitFinal("/v1/payments/" + payment, stack.merchantSecretKey()).get("status").asString())
                .isEqualTo("succeeded");

        JsonNode after = apps();
        assertThat(count(after, APP_KEY, "stkPushes")).isEqualTo(count(before, APP_KEY, "stkPushes"));
        assertThat(others(after, "stkPushes")).isEqualTo(others(before, "stkPushes") + 1);
    }

    private static HttpResponse<String> putCredentials(String body) throws Exception {
        return send("PUT", stack.gatewayUrl() + "/admin/v1/merchants/" + merchantId + "/daraja-credentials",
                stack.secrets().adminToken(), body);
    }

    private static JsonNode merchant() throws Exception {
        return JSON.readTree(send("GET", stack.gatewayUrl() + "/admin/v1/merchants/" + merchantId,
                stack.secrets().adminToken(), null).body());
    }

    private static String create(String path, String key, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).get("id").asString();
    }

    private static JsonNode awaitFinal(String path, String key) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            seen[0] = JSON.readTree(send("GET", stack.gatewayUrl() + path, key, null).body());
            String status = seen[0].path("status").asString();
            return "succeeded".equals(status) || "failed".equals(status) || "cancelled".equals(status);
        });
        return seen[0];
    }

    private static JsonNode apps() throws Exception {
        return JSON.readTree(send("GET", stack.simulatorUrl() + "/simulator/v1/apps", null, null).body()).get("apps");
    }

    private static long count(JsonNode apps, String consumerKey, String counter) {
        for (JsonNode app : apps) {
            if (consumerKey.equals(app.path("consumerKey").asString())) {
                return app.path(counter).asLong();
            }
        }
        throw new AssertionError("the simulator knows no app " + consumerKey + ": " + apps);
    }

    /** The deployment's own app: every app but the merchant's. */
    private static long others(JsonNode apps, String counter) {
        long total = 0;
        for (JsonNode app : apps) {
            total += APP_KEY.equals(app.path("consumerKey").asString()) ? 0 : app.path(counter).asLong();
        }
        return total;
    }

    private static HttpResponse<String> send(String method, String url, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
