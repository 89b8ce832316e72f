package io.mpesagw.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.audit.AuditVerifier;
import io.mpesagw.audit.VerificationResult;
import io.mpesagw.contracts.PaymentCommand;
import io.mpesagw.contracts.PaymentSucceeded;
import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.contracts.Topics;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The merchant API against a real Postgres and a real Kafka broker. */
class GatewayApiIntegrationTest extends GatewayApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void an_accepted_payment_is_a_durable_command_and_its_status_follows_the_events() throws Exception {
        HttpResponse<String> created = api.post("/v1/payments", KEY,
                "{\"amount\":10,\"phone\":\"+254 712 345 678\",\"reference\":\"INV-1\"}");

        assertThat(created.statusCode()).isEqualTo(202);
        JsonNode payment = JSON.readTree(created.body());
        String id = payment.get("id").asString();
        assertThat(id).startsWith("pay_");
        assertThat(payment.get("status").asString()).isEqualTo("pending");
        assertThat(payment.get("phone_number").asString()).isEqualTo("254712345678");

        RequestStkPush command = (RequestStkPush) EventBus.awaitRecord(Topics.PAYMENT_COMMANDS, id, PaymentCommand.class);
        assertThat(command.amount()).isEqualTo(10);
        assertThat(command.msisdn()).isEqualTo("254712345678");

        EventBus.publish(Topics.PAYMENT_EVENTS, id, new PaymentSucceeded("evt_1", id, command.merchantId(), 10, "SA77CVC7PZ", "Payment received.", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode current = JSON.readTree(api.get("/v1/payments/" + id, KEY).body());
            assertThat(current.get("status").asString()).isEqualTo("succeeded");
            assertThat(current.get("mpesa_receipt").asString()).isEqualTo("SA77CVC7PZ");
        });
    }

    @Test
    void a_created_payment_is_audited_once_with_who_what_and_where_but_never_the_key() throws Exception {
        HttpResponse<String> created = api.send(api.request("/v1/payments", KEY).header("Content-Type", "application/json")
                .header("X-Request-Id", "order-77:attempt-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":42,\"phone\":\"0722 345 678\",\"reference\":\"INV-42\"}")));

        assertThat(created.statusCode()).isEqualTo(202);
        assertThat(created.headers().firstValue("X-Request-Id")).hasValue("order-77:attempt-1");
        String id = JSON.readTree(created.body()).get("id").asString();
        String keyId = jdbc.sql("select id from api_keys where merchant_id = 'mer_demo' and kind = 'secret'").query(String.class).single();
        assertThat(auditEntries("subject_id = ?", id)).singleElement().satisfies(entry -> {
            assertThat(entry.get("service")).isEqualTo("api-gateway");
            assertThat(entry.get("event_type")).isEqualTo("API_REQUEST");
            assertThat(entry.get("actor")).isEqualTo("mer_demo");
            assertThat(entry.get("subject_type")).isEqualTo("payment");
            assertThat(entry.get("request_id")).isEqualTo("order-77:attempt-1");
            assertThat(entry.get("source_address")).isEqualTo("127.0.0.1");
            JsonNode details = JSON.readTree(entry.get("details").toString());
            assertThat(details.get("keyId").asString()).isEqualTo(keyId).startsWith("key_");
            assertThat(details.get("amount").asLong()).isEqualTo(42);
            assertThat(details.get("reference").asString()).isEqualTo("INV-42");
            assertThat(details.get("phone").asString()).isEqualTo("2547****678");
            assertThat(details.get("operation").asString()).isEqualTo("POST /v1/payments");
        });
        assertThat(jdbc.sql("select count(*) from audit.entries e where e::text like ? or e::text like ?")
                .params("%" + KEY + "%", "%254722345678%").query(Long.class).single()).isZero();
        assertThat(AuditVerifier.verify(dataSource)).isInstanceOf(VerificationResult.Intact.class);
    }

    @Test
    void a_request_without_a_usable_request_id_gets_one_and_the_audit_entry_carries_it() throws Exception {
        HttpResponse<String> created = api.post("/v1/checkout/sessions", KEY, "{\"amount\":30,\"reference\":\"ORDER-30\"}");
        HttpRequest.Builder forged = api.request("/v1/payments/pay_missing", KEY)
                .header("X-Request-Id", "two words\tand a tab").GET();

        assertThat(created.statusCode()).isEqualTo(201);
        String requestId = created.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(requestId).startsWith("req_");
        String sessionId = JSON.readTree(created.body()).get("id").asString();
        assertThat(auditEntries("subject_id = ?", sessionId)).singleElement().satisfies(entry -> {
            assertThat(entry.get("request_id")).isEqualTo(requestId);
            assertThat(entry.get("subject_type")).isEqualTo("checkout_session");
            assertThat(entry.get("details").toString()).contains("\"amount\": 30").contains("key_")
                    .doesNotContain("_secret_");
        });
        assertThat(api.send(forged).headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
    }

    @Test
    void creating_the_demo_keys_at_start_up_is_a_configuration_change() {
        assertThat(auditEntries("event_type = 'CONFIGURATION_CHANGED' and details ->> 'merchantId' = ?", "mer_demo"))
                .extracting(entry -> JSON.readTree(entry.get("details").toString()).get("change").asString())
                .containsExactlyInAnyOrder("merchant_created", "api_key_created", "api_key_created");
        assertThat(jdbc.sql("select count(*) from audit.entries e where e::text like ?")
                .param("%" + KEY + "%").query(Long.class).single()).isZero();
    }

    @Test
    void a_fractional_amount_is_refused_naming_the_field_not_rounded() throws Exception {
        HttpResponse<String> response = api.post("/v1/payments", KEY, "{\"amount\":10.5,\"phone\":\"0712345678\",\"reference\":\"INV-1\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("param").asString()).isEqualTo("amount");
        assertThat(error.get("code").asString()).isEqualTo("amount_not_whole");
    }

    @Test
    void a_landline_is_refused_with_what_is_accepted() throws Exception {
        HttpResponse<String> response = api.post("/v1/payments", KEY, "{\"amount\":10,\"phone\":\"020 123 4567\",\"reference\":\"INV-1\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("param").asString()).isEqualTo("phone");
        assertThat(error.get("code").asString()).isEqualTo("phone_invalid");
        assertThat(error.get("reason").asString()).isEqualTo("landline");
        assertThat(error.get("message").asString()).contains("not a mobile number").contains("0712345678");
    }

    @Test
    void a_foreign_number_is_refused_with_its_reason_code() throws Exception {
        HttpResponse<String> response = api.post("/v1/payments", KEY, "{\"amount\":10,\"phone\":\"+255 754 321 987\",\"reference\":\"INV-1\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("reason").asString()).isEqualTo("other_country");
        assertThat(error.get("message").asString()).contains("+254").doesNotContain("754321987");
    }

    @Test
    void requests_without_a_valid_secret_key_are_refused() throws Exception {
        assertThat(api.post("/v1/payments", null, "{}").statusCode()).isEqualTo(401);
        assertThat(api.post("/v1/payments", "sk_test_" + "b".repeat(32), "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void broken_json_gets_a_clear_400_not_a_500() throws Exception {
        HttpResponse<String> response = api.post("/v1/payments", KEY, "{\"amount\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("body_invalid");
    }

    @Test
    void a_checkout_session_takes_one_payment_at_a_time() throws Exception {
        JsonNode session = JSON.readTree(api.post("/v1/checkout/sessions", KEY, "{\"amount\":25,\"reference\":\"ORDER-9\","
                + "\"description\":\"Solar lamp\",\"publishable_key\":\"" + PUBLISHABLE_KEY + "\"}").body());
        String id = session.get("id").asString();
        String secret = session.get("client_secret").asString();
        assertThat(session.get("url").asString())
                .endsWith("/checkout/" + id + "#client_secret=" + secret + "&publishable_key=" + PUBLISHABLE_KEY);

        JsonNode view = JSON.readTree(api.send(api.browser("/v1/checkout/sessions/" + id, PUBLISHABLE_KEY, secret)).body());
        assertThat(view.get("merchant_name").asString()).isEqualTo("Demo Merchant");
        assertThat(view.get("status").asString()).isEqualTo("open");

        String phone = "{\"phone\":\"" + TestPhones.next() + "\"}";
        HttpResponse<String> paid = pay(id, secret, phone);
        assertThat(paid.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(paid.body()).get("watch_token").asString()).isNotBlank();

        HttpResponse<String> again = pay(id, secret, phone);
        assertThat(again.statusCode()).isEqualTo(409);

        // the refused pay rolled back with its payment: one payment, one audit entry, and it is the first pay's
        String paymentId = JSON.readTree(paid.body()).get("payment_id").asString();
        assertThat(jdbc.sql("select id from payments where checkout_session_id = ?").param(id).query(String.class).list())
                .containsExactly(paymentId);
        assertThat(auditEntries("details ->> 'checkoutSessionId' = ?", id)).singleElement().satisfies(entry -> {
            assertThat(entry.get("subject_id")).isEqualTo(paymentId);
            assertThat(entry.get("request_id")).isEqualTo(paid.headers().firstValue("X-Request-Id").orElseThrow());
            assertThat(entry.get("actor")).isEqualTo("mer_demo");
        });
        assertThat(auditEntries("subject_id = ?", id)).singleElement()
                .satisfies(entry -> assertThat(entry.get("event_type")).isEqualTo("API_REQUEST"))
                .satisfies(entry -> assertThat(entry.get("details").toString()).doesNotContain(secret));
        assertThat(AuditVerifier.verify(dataSource)).isInstanceOf(VerificationResult.Intact.class);

        assertThat(api.send(api.browser("/v1/checkout/sessions/" + id, PUBLISHABLE_KEY, secret + "x")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void every_response_carries_the_protective_headers_and_a_request_id() throws Exception {
        List<HttpResponse<String>> responses = List.of(api.get("/v1/payments/pay_missing", KEY), api.get("/v1/payments/pay_missing", null),
                api.get("/v1/nowhere", KEY), api.get("/actuator/health", null), api.get("/actuator/prometheus", null),
                api.post("/v1/payments", KEY, "{\"amount\":10,\"phone\":\"" + TestPhones.next() + "\",\"reference\":\"HDR-1\"}"),
                api.send(api.request("/v1/payments/pay_missing", KEY)
                        .header("X-Forwarded-Proto", "https").GET()));

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(404, 401, 404, 200, 200, 202, 404);
        assertThat(responses).allSatisfy(response -> {
            assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(response.headers().firstValue("RateLimit-Remaining")).isPresent();
            assertThat(response.headers().firstValue("Server")).isEmpty();
            assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
            // plain HTTP, and forwarded headers are not trusted unless server.forward-headers-strategy says so
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        });
    }

    @Test
    void no_error_names_an_exception_a_class_or_sql_and_every_error_names_its_request() throws Exception {
        byte[] oversize = ("{\"reference\":\"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Map<String, HttpResponse<String>> errors = new LinkedHashMap<>();
        errors.put("body_invalid", api.post("/v1/payments", KEY, "{\"amount\":"));
        // the first wrong type is named: amount
        errors.put("parameter_invalid", api.post("/v1/payments", KEY, "{\"amount\":\"ten\",\"phone\":[1],\"reference\":{\"a\":1}}"));
        errors.put("content_type_unsupported", api.send(api.request("/v1/payments", KEY).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("amount=10"))));
        errors.put("body_too_large", api.send(api.request("/v1/payments", KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(oversize))));
        errors.put("body_too_large ", api.send(api.request("/v1/payments", KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversize))))); // chunked
        errors.put("route_not_found", api.get("/v1/nowhere", KEY));
        errors.put("method_not_allowed", api.send(api.request("/v1/payments", KEY).DELETE()));
        errors.put("not_acceptable", api.send(api.request("/actuator/health", null).header("Accept", "application/xml").GET()));
        errors.put("resource_missing", api.get("/v1/payments/pay_'; select 1 --", KEY));
        errors.put("route_not_found  ", api.get("/error", KEY)); // the container's error page speaks the envelope too

        assertThat(errors).allSatisfy((code, response) -> {
            assertThat(response.headers().firstValue("Content-Type")).as(code).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/json"));
            JsonNode error = JSON.readTree(response.body()).get("error");
            assertThat(error.get("code").asString()).as(response.body()).isEqualTo(code.strip());
            assertThat(error.get("request_id").asString()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
            assertThat(response.body()).as(code).doesNotContainIgnoringCase("exception").doesNotContain("java.", "org.",
                    "tools.jackson", "io.mpesagw", "\tat ", "insert into", "from payments", "SQL");
        });
        assertThat(errors.values()).extracting(HttpResponse::statusCode).containsExactly(400, 400, 415, 413, 413, 404, 405, 406, 404, 404);
    }

    private List<Map<String, Object>> auditEntries(String condition, Object value) {
        return jdbc.sql("select service, event_type, actor, subject_type, subject_id, request_id, source_address,"
                + " details::text as details from audit.entries where " + condition + " order by id")
                .param(value).query().listOfRows();
    }

    private HttpResponse<String> pay(String sessionId, String clientSecret, String body) throws Exception {
        return api.send(api.browser("/v1/checkout/sessions/" + sessionId + "/pay", PUBLISHABLE_KEY, clientSecret)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
