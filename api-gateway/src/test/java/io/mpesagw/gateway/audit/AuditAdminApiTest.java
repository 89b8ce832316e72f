package io.mpesagw.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.gateway.GatewayApiTest;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The auditor's admin API over real HTTP, a real PostgreSQL and the gateway's runtime login. */
class AuditAdminApiTest extends GatewayApiTest {

    private static final String ADMIN = "admin-" + "c".repeat(40);

    @DynamicPropertySource
    static void extra(DynamicPropertyRegistry registry) {
        registry.add("mpesa.gateway.admin-token", () -> ADMIN);
    }

    @Test
    void an_auditor_finds_a_payment_by_id_merchant_request_id_and_type_and_sees_no_secret() throws Exception {
        HttpResponse<String> created = api.send(api.request("/v1/payments", KEY)
                .header("Content-Type", "application/json").header("X-Request-Id", "audit-api-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":77,\"phone\":\"0712 345 678\",\"reference\":\"AUD-1\"}")));
        assertThat(created.statusCode()).isEqualTo(202);
        String paymentId = JSON.readTree(created.body()).get("id").asString();

        JsonNode byPayment = entries("payment_id=" + paymentId);
        assertThat(byPayment.get("object").asString()).isEqualTo("list");
        assertThat(byPayment.get("has_more").asBoolean()).isFalse();
        JsonNode entry = byPayment.get("data").get(0);
        assertThat(byPayment.get("data")).hasSize(1);
        assertThat(entry.get("event_type").asString()).isEqualTo("API_REQUEST");
        assertThat(entry.get("actor").asString()).isEqualTo("mer_demo");
        assertThat(entry.get("request_id").asString()).isEqualTo("audit-api-1");
        assertThat(entry.get("details").get("merchantId").asString()).isEqualTo("mer_demo");
        assertThat(entry.get("details").get("phone").asString()).isEqualTo("2547****678");
        assertThat(entry.get("hash").asString()).hasSize(64);

        assertThat(ids(entries("request_id=audit-api-1"))).containsExactly(entry.get("id").asLong());
        assertThat(ids(entries("merchant_id=mer_demo&event_type=api_request"))).contains(entry.get("id").asLong());
        assertThat(ids(entries("merchant_id=mer_nobody"))).isEmpty();
        assertThat(ids(entries("event_type=configuration_changed")))
                .as("the demo merchant and its two keys were recorded at start-up").hasSize(3);
        String from = URLEncoder.encode(entry.get("occurred_at").asString(), StandardCharsets.UTF_8);
        assertThat(ids(entries("from=" + from + "&payment_id=" + paymentId))).hasSize(1);
        assertThat(ids(entries("to=" + from + "&payment_id=" + paymentId))).isEmpty();

        String everything = api.get("/admin/v1/audit/entries?limit=1000", ADMIN).body();
        assertThat(everything).doesNotContain(KEY).doesNotContain("254712345678");
    }

    @Test
    void pages_with_a_cursor() throws Exception {
        List<Long> seen = new ArrayList<>();
        String cursor = "";
        JsonNode page;
        do {
            page = entries("limit=1" + cursor);
            ids(page).forEach(seen::add);
            cursor = "&starting_after=" + page.get("data").get(0).get("id").asLong();
        } while (page.get("has_more").asBoolean());

        assertThat(seen).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void verification_reports_an_intact_log() throws Exception {
        HttpResponse<String> response = api.get("/admin/v1/audit/verification", ADMIN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("status").asString()).isEqualTo("intact");
        assertThat(result.get("entries").asLong()).isPositive();
        assertThat(result.get("broken_links")).isEmpty();
    }

    @Test
    void refuses_callers_without_the_admin_token_merchant_keys_included() throws Exception {
        for (String bearer : new String[] {null, KEY, ADMIN + "x"}) {
            HttpResponse<String> response = api.get("/admin/v1/audit/verification", bearer);
            assertThat(response.statusCode()).as("bearer %s", bearer).isEqualTo(401);
            assertThat(JSON.readTree(response.body()).get("error").get("code").asString()).isEqualTo("invalid_admin_token");
        }
    }

    @Test
    void explains_a_bad_query_naming_the_parameter_and_what_is_accepted() throws Exception {
        assertBadRequest("merchant=mer_demo", "merchant", "Accepted: actor, event_type, from");
        assertBadRequest("event_type=payment", "event_type", "api_request");
        assertBadRequest("limit=5000", "limit", "from 1 to 1000");
        assertBadRequest("from=yesterday", "from", "ISO-8601");
        assertBadRequest("from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "from", "before 'to'");
        assertBadRequest("starting_after=abc", "starting_after", "whole number");
        assertBadRequest("payment_id=pay_1&subject_id=pay_2", "subject_id", "not both");
    }

    private void assertBadRequest(String query, String param, String hint) throws Exception {
        HttpResponse<String> response = api.get("/admin/v1/audit/entries?" + query, ADMIN);
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("param").asString()).as(query).isEqualTo(param);
        assertThat(error.get("message").asString()).as(query).contains(hint);
    }

    private JsonNode entries(String query) throws Exception {
        HttpResponse<String> response = api.get("/admin/v1/audit/entries?" + query, ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.get("data").forEach(e -> ids.add(e.get("id").asLong()));
        return ids;
    }
}
