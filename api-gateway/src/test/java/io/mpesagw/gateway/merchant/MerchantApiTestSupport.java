package io.mpesagw.gateway.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.gateway.GatewayApiTest;
import io.mpesagw.gateway.GatewayHttp;
import io.mpesagw.gateway.MovableTime;
import io.mpesagw.testsupport.MutableClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The merchant tests' gateway: {@link GatewayApiTest}'s, with the admin API switched on and time on a
 * {@link MutableClock}; same configuration, so Spring starts it once for all of them. Each test makes
 * its own merchants.
 */
@Import(MovableTime.class)
abstract class MerchantApiTestSupport extends GatewayApiTest {

    static final String ADMIN = "admin-" + "m".repeat(40);
    static final String DEMO_SECRET_KEY = KEY;
    static final String DEMO_PUBLISHABLE_KEY = PUBLISHABLE_KEY;
    private static final AtomicInteger PHONES = new AtomicInteger(100_000);

    final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    MutableClock clock;

    @DynamicPropertySource
    static void adminApi(DynamicPropertyRegistry registry) {
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
        HttpRequest.Builder request = api.request(path, bearer)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return api.send(body == null ? request : request.header("Content-Type", "application/json"));
    }

    static JsonNode error(HttpResponse<String> response) {
        return GatewayHttp.error(response);
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
