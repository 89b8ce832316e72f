package io.mpesagw.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.gateway.GatewayApiTest;
import io.mpesagw.gateway.TestPhones;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The order of the chain: request id and security headers → CORS → rate limits → authentication →
 * idempotency → validation → handler. Limits are tiny and last an hour, so nothing refills during a test;
 * each test calls from a loopback address of its own (127.0.0.x), so their counts do not mix.
 */
class ProtectiveChainTest extends GatewayApiTest {

    private static final String SHOP = "https://shop.example";
    private static final int PER_IP = 4;
    private static final int PER_KEY = 6;

    @DynamicPropertySource
    static void extra(DynamicPropertyRegistry registry) {
        registry.add("mpesa.gateway.checkout-allowed-origins", () -> SHOP);
        registry.add("mpesa.gateway.rate-limits.per-ip", () -> PER_IP);
        registry.add("mpesa.gateway.rate-limits.per-key", () -> PER_KEY);
        registry.add("mpesa.gateway.rate-limits.period", () -> "1h");
        // as behind a TLS-terminating proxy: Tomcat trusts X-Forwarded-Proto from internal addresses only
        registry.add("server.forward-headers-strategy", () -> "native");
    }

    @Test
    void a_preflight_from_a_foreign_origin_is_refused_and_counted_by_its_address() throws Exception {
        HttpClient browser = clientAt(11);
        // a session's endpoint, and a route that is never open to browsers
        HttpResponse<String> refused = send(browser, preflight("/v1/checkout/sessions/cs_1/pay", "https://evil.example"));
        HttpResponse<String> neverOpen = send(browser, preflight("/v1/payments", "https://evil.example"));
        HttpResponse<String> allowed = send(browser, preflight("/v1/checkout/sessions/cs_1/pay", SHOP));
        HttpResponse<String> counted = send(browser, get("/v1/checkout/sessions/cs_missing", "cs_missing_secret_x"));

        for (HttpResponse<String> refusal : List.of(refused, neverOpen)) {
            assertThat(refusal.statusCode()).isEqualTo(403);
            assertEnvelope(refusal, "invalid_request_error", "cors_refused");
            assertThat(refusal.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        assertThat(List.of(refused, neverOpen, allowed, counted)).extracting(r -> r.headers().firstValue(RateLimits.REMAINING)
                .orElseThrow()).as("every one counted against the address").containsExactly("3", "2", "1", "0");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SHOP);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertSecurityHeaders(allowed);
        assertThat(counted.statusCode()).as("a client secret alone is no longer enough").isEqualTo(401);
        assertEnvelope(counted, "authentication_error", "publishable_key_required");
    }

    @Test
    void a_flood_of_preflights_with_made_up_origins_from_one_address_gets_429_before_any_session_lookup() throws Exception {
        HttpClient flooder = clientAt(14);
        for (int i = 0; i < PER_IP; i++) {
            HttpResponse<String> refused = send(flooder,
                    preflight("/v1/checkout/sessions/cs_made_up_" + i + "/pay", "https://made-up-" + i + ".example"));
            assertThat(refused.statusCode()).isEqualTo(403);
        }

        HttpResponse<String> limited = send(flooder, preflight("/v1/checkout/sessions/cs_made_up_x/pay", "https://x.example"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertEnvelope(limited, "rate_limit_error", "rate_limited");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(send(clientAt(15), preflight("/v1/checkout/sessions/cs_1/pay", SHOP)).statusCode())
                .as("another address has its own allowance").isEqualTo(200);
    }

    @Test
    void a_publishable_key_is_public_so_the_checkout_page_is_counted_per_client_secret_not_per_key() throws Exception {
        String publishable = "pk_test_" + UUID.randomUUID().toString().replace("-", "");
        for (int i = 0; i < PER_KEY + 2; i++) {
            HttpResponse<String> answer = send(clientAt(70 + i), HttpRequest.newBuilder(uri("/v1/checkout/sessions/cs_1"))
                    .header("Authorization", "Bearer " + publishable).header("Checkout-Client-Secret", "cs_1_secret_" + i)
                    .GET().build());
            assertThat(answer.statusCode()).as("never 429: each session has its own allowance").isEqualTo(401);
        }
    }

    @Test
    void over_its_address_limit_even_a_bad_key_gets_429_not_401_with_every_header() throws Exception {
        HttpClient client = clientAt(12);
        String badKey = "sk_test_" + "x".repeat(32);
        for (int i = 0; i < PER_IP; i++) {
            HttpResponse<String> unauthenticated = send(client, get("/v1/payments/pay_1", badKey));
            assertThat(unauthenticated.statusCode()).isEqualTo(401);
            assertThat(unauthenticated.headers().firstValue(RateLimits.LIMIT)).hasValue(Integer.toString(PER_IP));
            assertThat(unauthenticated.headers().firstValue(RateLimits.REMAINING)).hasValue(Integer.toString(PER_IP - 1 - i));
        }

        HttpResponse<String> limited = send(client, get("/v1/payments/pay_1", badKey));

        assertThat(limited.statusCode()).isEqualTo(429);
        JsonNode error = assertEnvelope(limited, "rate_limit_error", "rate_limited");
        assertThat(error.get("message").asString()).contains("address").contains("retry in");
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);
        assertThat(limited.headers().firstValue(RateLimits.REMAINING)).hasValue("0");
        assertThat(limited.headers().firstValue(RateLimits.RESET)).hasValue(Long.toString(retryAfter));
        assertThat(send(clientAt(13), get("/v1/payments/pay_1", badKey)).statusCode())
                .as("another address has its own allowance").isEqualTo(401);
    }

    @Test
    void a_key_is_limited_across_addresses_by_its_digest() throws Exception {
        String key = "sk_test_" + UUID.randomUUID().toString().replace("-", "");
        for (int i = 0; i < PER_KEY; i++) {
            assertThat(send(clientAt(20 + i), get("/v1/payments/pay_1", key)).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> limited = send(clientAt(20 + PER_KEY), get("/v1/payments/pay_1", key));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(assertEnvelope(limited, "rate_limit_error", "rate_limited").get("message").asString()).contains("API key");
        assertThat(limited.headers().firstValue(RateLimits.LIMIT)).hasValue(Integer.toString(PER_KEY));
    }

    @Test
    void an_unauthenticated_request_gets_401_in_the_envelope_with_the_headers_and_before_validation() throws Exception {
        HttpClient client = clientAt(31);
        HttpResponse<String> anonymous = send(client, post("/v1/payments", null, null, "{}"));
        HttpResponse<String> invalidAndUnknown = send(client, post("/v1/payments", "sk_test_" + "y".repeat(32), null,
                "{\"amount\":10.5,\"phone\":\"020 123 4567\"}"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertEnvelope(anonymous, "authentication_error", "invalid_api_key");
        assertThat(anonymous.headers().firstValue(RateLimits.REMAINING)).isPresent();
        assertThat(invalidAndUnknown.statusCode()).as("authentication runs before validation").isEqualTo(401);
    }

    @Test
    void an_idempotent_replay_is_answered_before_validation_and_before_the_phone_rule() throws Exception {
        HttpClient client = clientAt(41);
        String idempotencyKey = UUID.randomUUID().toString();
        String body = "{\"amount\":10,\"phone\":\"" + TestPhones.next() + "\",\"reference\":\"CHAIN-1\"}";
        HttpResponse<String> created = send(client, post("/v1/payments", KEY, idempotencyKey, body));

        HttpResponse<String> invalidWithTheKey = send(client, post("/v1/payments", KEY, idempotencyKey,
                body.replace("\"amount\":10", "\"amount\":10.5")));
        HttpResponse<String> replay = send(client, post("/v1/payments", KEY, idempotencyKey, body));
        HttpResponse<String> fresh = send(client, post("/v1/payments", KEY, UUID.randomUUID().toString(), body));

        assertThat(created.statusCode()).isEqualTo(202);
        assertThat(invalidWithTheKey.statusCode()).as("idempotency judged it before validation").isEqualTo(422);
        assertEnvelope(invalidWithTheKey, "invalid_request_error", "idempotency_key_reused");
        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replay.body()).isEqualTo(created.body());
        assertSecurityHeaders(replay);
        assertThat(fresh.statusCode()).as("the handler runs again only for a new key: the phone is busy").isEqualTo(409);
        assertEnvelope(fresh, "invalid_request_error", "phone_busy");
    }

    @Test
    void hsts_is_sent_only_for_a_request_that_came_over_tls() throws Exception {
        HttpClient client = clientAt(51);
        HttpResponse<String> plain = send(client, get("/actuator/health", null));
        HttpResponse<String> viaTlsProxy = send(client, HttpRequest.newBuilder(uri("/actuator/health"))
                .header("X-Forwarded-Proto", "https").GET().build());

        assertThat(plain.statusCode()).isEqualTo(200);
        assertSecurityHeaders(plain);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(viaTlsProxy.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
    }

    private static JsonNode assertEnvelope(HttpResponse<String> response, String type, String code) {
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("type").asString()).isEqualTo(type);
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("request_id").asString()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        return error;
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.API_POLICY);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    /** A client whose requests come from 127.0.0.{@code lastOctet}: an address of its own for the limiter. */
    private static HttpClient clientAt(int lastOctet) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0." + lastOctet)).build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest preflight(String path, String origin) {
        return HttpRequest.newBuilder(uri(path)).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
    }

    private HttpRequest get(String path, String bearer) {
        return api.request(path, bearer).GET().build();
    }

    private HttpRequest post(String path, String bearer, String idempotencyKey, String body) {
        HttpRequest.Builder request = api.request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return (idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey)).build();
    }

    private URI uri(String path) {
        return api.uri(path);
    }
}
