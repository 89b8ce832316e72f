package io.mpesagw.gateway.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.gateway.GatewayApplication;
import io.mpesagw.testsupport.MutableClock;
import io.mpesagw.testsupport.SharedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running gateway (real PostgreSQL and Kafka, time on a {@link MutableClock}) shared by the
 * merchant tests: same configuration, so Spring starts it once. Each test makes its own merchants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {GatewayApplication.class, MerchantApiTestSupport.MovableTime.class})
abstract class MerchantApiTestSupport {

    static final String ADMIN = "admin-" + "m".repeat(40);
    static final String DEMO_SECRET_KEY = "sk_test_" + "d".repeat(32);
    static final String DEMO_PUBLISHABLE_KEY = "pk_test_" + "p".repeat(32);
    private static final AtomicInteger PHONES = new AtomicInteger(100_000);
    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
        registry.add("mpesa.gateway.demo-merchant-secret-key", () -> DEMO_SECRET_KEY);
        registry.add("mpesa.gateway.demo-merchant.publishable-key", () -> DEMO_PUBLISHABLE_KEY);
        registry.add("mpesa.gateway.watch-signing-key", () -> "w".repeat(40));
        registry.add("mpesa.gateway.encryption-key", () -> Base64.getEncoder().encodeToString(new byte[32]));
        registry.add("mpesa.gateway.admin-token", () -> ADMIN);
    }

    /** A payment body for a phone no other test uses: a phone with a prompt open refuses a second one. */
    static String payment() {
        return "{\"amount\":10,\"phone\":\"0712" + PHONES.incrementAndGet() + "\",\"reference\":\"INV-1\"}";
    }

    /** A new merchant, as the creation answer shows it (with its two key values). */
    JsonNode newMerchant() throws Exception {
        HttpResponse<String> created = admin("POST", "/admin/v1/merchants",
                "{\"name\":\"Green Grid Ltd\",\"allowed_origins\":[\"https://shop.green-grid.co.ke\"],"
                        + "\"webhook_url\":\"https://api.green-grid.co.ke/mpesa/events\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body());
    }

    /** The value of the merchant's key of this kind, from a creation answer. */
    static String keyValue(JsonNode merchant, String kind) {
        for (JsonNode key : merchant.get("keys")) {
            if (key.get("kind").asString().equals(kind)) {
                return key.get("key").asString();
            }
        }
        throw new AssertionError("no " + kind + " key in " + merchant);
    }

    static String keyId(JsonNode merchant, String kind) {
        for (JsonNode key : merchant.get("keys")) {
            if (key.get("kind").asString().equals(kind)) {
                return key.get("id").asString();
            }
        }
        throw new AssertionError("no " + kind + " key in " + merchant);
    }

    HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return call(method, path, ADMIN, body);
    }

    HttpResponse<String> call(String method, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode error(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("error");
    }

    /** Tables of the gateway and audit schemas in which some row's text contains {@code value}. */
    List<String> tablesContaining(String value) {
        List<Map<String, Object>> tables = jdbc.sql("""
                select table_schema, table_name from information_schema.tables
                where table_schema in ('gateway', 'audit') and table_type = 'BASE TABLE'
                  and has_table_privilege(format('%I.%I', table_schema, table_name), 'SELECT')""").query().listOfRows();
        assertThat(tables).extracting(t -> t.get("table_name")).contains("api_keys", "daraja_credentials", "entries");
        return tables.stream().map(t -> "\"" + t.get("table_schema") + "\".\"" + t.get("table_name") + "\"")
                .filter(table -> jdbc.sql("select count(*) from " + table + " t where t::text like ?")
                        .param("%" + value + "%").query(Long.class).single() > 0)
                .toList();
    }

    /** This merchant's audit entries of one change, oldest first, details as text. */
    List<Map<String, Object>> changes(String merchantId, String change) {
        return jdbc.sql("""
                select actor, subject_type, subject_id, request_id, details::text as details from audit.entries
                where event_type = 'CONFIGURATION_CHANGED' and details ->> 'merchantId' = ? and details ->> 'change' = ?
                order by id""").params(merchantId, change).query().listOfRows();
    }
}
