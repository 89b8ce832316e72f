package io.mpesagw.token.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.audit.AuditVerifier;
import io.mpesagw.audit.VerificationResult;
import io.mpesagw.testsupport.DarajaSimulatorProcess;
import io.mpesagw.testsupport.SharedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real app over HTTP, a real PostgreSQL (shared store, audit trail) and the project's Daraja simulator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TokenApiTest {

    private static final String KEY = "test-consumer-key-4f1c";
    private static final String SECRET = "test-consumer-secret-9a7e";
    private static final String INTERNAL = "internal-token-for-tests-0123456789abcdef";
    private static final DarajaSimulatorProcess DARAJA = DarajaSimulatorProcess.start("token-api-test-simulator",
            Map.of("SIMULATOR_CONSUMER_KEY", KEY, "SIMULATOR_CONSUMER_SECRET", SECRET));
    private static final List<String> SEEN = new CopyOnWriteArrayList<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void daraja(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
        registry.add("DARAJA_BASE_URL", DARAJA::baseUrl);
        registry.add("DARAJA_CONSUMER_KEY", () -> KEY);
        registry.add("DARAJA_CONSUMER_SECRET", () -> SECRET);
        registry.add("INTERNAL_AUTH_TOKEN", () -> INTERNAL);
        registry.add("DARAJA_CREDENTIAL_SETS_FILE", TokenApiTest::credentialSetsFile);
        registry.add("TOKEN_ENCRYPTION_KEY", () -> java.util.Base64.getEncoder().encodeToString(new byte[32]));
        // the tests take OAuth down and up again in one context: no back-off or open breaker may outlive a test
        registry.add("token-service.oauth-backoff-first", () -> "1ms");
        registry.add("token-service.oauth-backoff-max", () -> "1ms");
        registry.add("token-service.oauth-breaker-wait", () -> "1ms");
    }

    /** A second merchant's Daraja app (the simulator knows one key pair, so it reuses it). */
    private static String credentialSetsFile() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("credential-sets", ".json");
            file.toFile().deleteOnExit();
            java.nio.file.Files.writeString(file, "{\"credentialSets\":[{\"name\":\"green-grid\",\"environment\":\"sandbox\","
                    + "\"consumerKey\":\"" + KEY + "\",\"consumerSecret\":\"" + SECRET + "\"}]}");
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void oauthBack() {
        oauthDown(false);
    }

    @AfterAll
    static void stopSimulator() {
        DARAJA.close();
    }

    /** Down = every OAuth call answers an HTML 503, as a proxy in front of a failed Daraja does. */
    private static void oauthDown(boolean down) {
        if (down) {
            assertThat(DARAJA.post("/simulator/v1/faults", null,
                    "{\"fault\":\"server-error\",\"count\":1000,\"path\":\"/oauth/v1/generate\"}").statusCode()).isLessThan(300);
        } else {
            DARAJA.send(HttpRequest.newBuilder(URI.create(DARAJA.baseUrl() + "/simulator/v1/faults")).DELETE());
        }
    }

    /** Daraja (the simulator) takes the token: an STK query with it is not refused as an invalid token. */
    private static boolean acceptedByDaraja(String token) {
        HttpResponse<String> answer = DARAJA.post("/mpesa/stkpushquery/v1/query", token,
                "{\"BusinessShortCode\":\"174379\",\"Password\":\"x\",\"Timestamp\":\"20260301080000\","
                        + "\"CheckoutRequestID\":\"ws_CO_000000000000000000000\"}");
        return !answer.body().contains("404.001.03");
    }

    @Test
    void refuses_a_caller_without_the_internal_bearer() throws Exception {
        HttpResponse<String> none = send(HttpRequest.newBuilder(url("/internal/v1/tokens/default")).GET());
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(url("/internal/v1/tokens/default"))
                .header("Authorization", "Bearer not-the-internal-token-but-long-enough-000").GET());

        for (HttpResponse<String> response : java.util.List.of(none, wrong)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json(response).at("/error/type").asString()).isEqualTo("authentication_error");
            assertThat(response.body()).doesNotContain("sim-token");
        }
    }

    @Test
    void hands_out_one_cached_token_to_an_authorised_caller(CapturedOutput output) throws Exception {
        HttpResponse<String> first = get("/internal/v1/tokens/default");
        HttpResponse<String> second = get("/internal/v1/tokens/default");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
        String token = json(first).get("accessToken").asString();
        assertThat(acceptedByDaraja(token)).isTrue();
        assertThat(Instant.parse(json(first).get("expiresAt").asString())).isAfter(Instant.now().plusSeconds(3000));
        assertThat(json(second).get("accessToken").asString()).isEqualTo(token);
        assertThat(meters.get("token.refreshes").tag("credential_set", "default").counter().count()).isGreaterThanOrEqualTo(1);
        assertNoSecretsIn(output);
    }

    @Test
    void invalidating_the_current_token_returns_a_different_one(CapturedOutput output) throws Exception {
        String stale = json(get("/internal/v1/tokens/default")).get("accessToken").asString();

        HttpResponse<String> response = invalidate("{\"accessToken\":\"" + stale + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        String fresh = json(response).get("accessToken").asString();
        assertThat(fresh).isNotEqualTo(stale);
        assertThat(json(get("/internal/v1/tokens/default")).get("accessToken").asString()).isEqualTo(fresh);
        assertThat(json(invalidate("{\"accessToken\":\"" + stale + "\"}")).get("accessToken").asString()).isEqualTo(fresh);
        assertNoSecretsIn(output);
    }

    @Test
    void log_lines_written_while_serving_a_request_name_its_request_id(CapturedOutput output) throws Exception {
        String stale = json(get("/internal/v1/tokens/default")).get("accessToken").asString();

        HttpResponse<String> refreshed = send(HttpRequest.newBuilder(url("/internal/v1/tokens/default/invalidations"))
                .header("Authorization", "Bearer " + INTERNAL).header("Content-Type", "application/json")
                .header("X-Request-Id", "req-log-check-42")
                .POST(HttpRequest.BodyPublishers.ofString("{\"accessToken\":\"" + stale + "\"}")));
        json(refreshed);

        assertThat(refreshed.headers().firstValue("X-Request-Id")).hasValue("req-log-check-42");
        assertThat(output.getAll().lines().filter(line -> line.contains("fetched a Daraja token for credential set 'default'")))
                .anyMatch(line -> line.contains("[req-log-check-42]"));
    }

    @Test
    void every_refresh_and_every_failed_one_is_audited_without_token_or_credentials() throws Exception {
        String current = json(get("/internal/v1/tokens/default")).get("accessToken").asString();
        long before = refreshEntries("refreshed");
        String fresh = json(invalidate("{\"accessToken\":\"" + current + "\"}")).get("accessToken").asString();
        oauthDown(true);
        invalidate("{\"accessToken\":\"" + fresh + "\"}");

        assertThat(refreshEntries("refreshed")).isEqualTo(before + 1);
        assertThat(refreshEntries("failed")).isPositive();
        String log = JdbcClient.create(dataSource).sql("select string_agg(e::text, ' ') from audit.entries e")
                .query(String.class).single();
        assertThat(log).contains("daraja_credentials").doesNotContain(KEY).doesNotContain(SECRET).doesNotContain(INTERNAL);
        SEEN.forEach(token -> assertThat(log).doesNotContain(token));
        assertThat(AuditVerifier.verify(dataSource)).isInstanceOf(VerificationResult.Intact.class);
    }

    private long refreshEntries(String outcome) {
        return JdbcClient.create(dataSource).sql("select count(*) from audit.entries where event_type = 'TOKEN_REFRESHED'"
                + " and service = 'token-service' and subject_id = 'default' and details ->> 'outcome' = ?")
                .param(outcome).query(Long.class).single();
    }

    @Test
    void an_invalidation_without_a_token_is_a_clear_400() throws Exception {
        HttpResponse<String> response = invalidate("{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/param").asString()).isEqualTo("accessToken");
    }

    @Test
    void answers_503_without_credentials_when_oauth_is_down_and_no_token_is_usable(CapturedOutput output)
            throws Exception {
        String current = json(get("/internal/v1/tokens/default")).get("accessToken").asString();
        oauthDown(true);

        HttpResponse<String> response = invalidate("{\"accessToken\":\"" + current + "\"}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).at("/error/code").asString()).isEqualTo("token_unavailable");
        assertThat(json(response).at("/error/message").asString()).contains("HTTP 503");
        assertThat(response.body()).doesNotContain(KEY).doesNotContain(SECRET);
        assertNoSecretsIn(output);
    }

    @Test
    void each_credential_set_has_its_own_token() throws Exception {
        String merchant = json(get("/internal/v1/tokens/green-grid")).get("accessToken").asString();
        String standard = json(get("/internal/v1/tokens/default")).get("accessToken").asString();

        assertThat(merchant).isNotEqualTo(standard);
        assertThat(json(get("/internal/v1/tokens/green-grid")).get("accessToken").asString()).isEqualTo(merchant);
        assertThat(acceptedByDaraja(merchant)).isTrue();
    }

    @Test
    void an_unknown_credential_set_is_404() throws Exception {
        assertThat(get("/internal/v1/tokens/merchant-42").statusCode()).isEqualTo(404);
    }

    @Test
    void exposes_refreshes_waits_failures_token_age_and_the_breaker_to_prometheus() throws Exception {
        get("/internal/v1/tokens/default");

        String metrics = send(HttpRequest.newBuilder(url("/actuator/prometheus")).GET()).body();

        assertThat(metrics).contains("token_refreshes_total{", "token_refresh_waits_total{", "token_refresh_failures_total{",
                "token_oauth_fetches_total{", "token_shared_adoptions_total{", "token_age_seconds{",
                "token_remaining_seconds{", "resilience4j_circuitbreaker_state{");
        SEEN.forEach(token -> assertThat(metrics).doesNotContain(token));
    }

    @Test
    void exposes_health_without_the_bearer() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(url("/actuator/health")).GET());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asString()).isEqualTo("UP");
    }

    private void assertNoSecretsIn(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain(KEY).doesNotContain(SECRET).doesNotContain(INTERNAL);
        for (String token : SEEN) {
            assertThat(output.getAll()).doesNotContain(token);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + INTERNAL).GET());
    }

    private HttpResponse<String> invalidate(String body) throws Exception {
        return send(HttpRequest.newBuilder(url("/internal/v1/tokens/default/invalidations"))
                .header("Authorization", "Bearer " + INTERNAL)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Every answer's token is remembered, so the log checks cover every token the tests saw. */
    private static JsonNode json(HttpResponse<String> response) {
        JsonNode body = JSON.readTree(response.body());
        if (body.hasNonNull("accessToken")) {
            SEEN.add(body.get("accessToken").asString());
        }
        return body;
    }
}
