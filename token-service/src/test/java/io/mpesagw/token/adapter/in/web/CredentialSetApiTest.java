package io.mpesagw.token.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.audit.AuditVerifier;
import io.mpesagw.audit.VerificationResult;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** PUT, GET and GET …/secrets of /internal/v1/credential-sets/{name}: the vault's contract with the gateway and payment-service. */
@ExtendWith(OutputCaptureExtension.class)
class CredentialSetApiTest extends VaultFixture {

    @Test
    void stores_a_set_and_shows_its_summary_and_opens_its_secrets_without_leaking_them(CapturedOutput output) {
        String name = uniqueName("mer_3hT9xk");
        Map<String, Object> app = app();

        HttpResponse<String> stored = put(name, app);
        HttpResponse<String> shown = get("/internal/v1/credential-sets/" + name);
        HttpResponse<String> opened = get("/internal/v1/credential-sets/" + name + "/secrets");

        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        JsonNode summary = json(stored);
        assertThat(summary.propertyNames()).containsExactlyInAnyOrder("name", "environment", "shortcode", "shortcodeType",
                "tillNumber", "fieldsSet", "updatedAt");
        assertThat(summary.get("name").asString()).isEqualTo(name);
        assertThat(summary.get("environment").asString()).isEqualTo("sandbox");
        assertThat(summary.get("shortcode").asString()).isEqualTo(app.get("shortcode"));
        assertThat(summary.get("shortcodeType").asString()).isEqualTo("paybill");
        assertThat(summary.get("tillNumber").isNull()).isTrue();
        assertThat(summary.get("fieldsSet").valueStream().map(JsonNode::asString)).containsExactly("consumer_key",
                "consumer_secret", "initiator_name", "initiator_password", "passkey");
        assertThat(Instant.parse(summary.get("updatedAt").asString())).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(json(shown)).isEqualTo(summary);
        for (HttpResponse<String> response : List.of(stored, shown)) {
            app.forEach((field, value) -> {
                if (!List.of("environment", "shortcode", "shortcodeType").contains(field)) {
                    assertThat(response.body()).doesNotContain(value.toString());
                }
            });
        }

        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode secrets = json(opened);
        assertThat(secrets.propertyNames()).containsExactlyInAnyOrder("name", "environment", "shortcode", "shortcodeType",
                "tillNumber", "passkey", "initiatorName", "initiatorPassword");
        assertThat(secrets.get("name").asString()).isEqualTo(name);
        app.forEach((field, value) -> {
            if (!field.startsWith("consumer")) { // the app's OAuth credentials never leave token-service
                assertThat(secrets.get(field).asString()).as(field).isEqualTo(value);
            }
        });
        assertNoSecretIn(output.getAll(), app);
    }

    @Test
    void a_till_without_an_initiator_keeps_its_store_and_till_numbers_and_has_null_initiator_fields() {
        String name = uniqueName("till");
        Map<String, Object> app = app();
        app.put("shortcodeType", "till");
        app.put("tillNumber", "5123456");
        app.put("initiatorName", null);
        app.remove("initiatorPassword");

        JsonNode summary = json(put(name, app));
        JsonNode shown = json(get("/internal/v1/credential-sets/" + name));
        JsonNode secrets = json(get("/internal/v1/credential-sets/" + name + "/secrets"));

        assertThat(summary.get("fieldsSet").valueStream().map(JsonNode::asString))
                .containsExactly("consumer_key", "consumer_secret", "passkey");
        assertThat(summary.get("tillNumber").asString()).isEqualTo("5123456");
        assertThat(shown).isEqualTo(summary);
        assertThat(secrets.get("shortcodeType").asString()).isEqualTo("till");
        assertThat(secrets.get("shortcode").asString()).isEqualTo(app.get("shortcode"));
        assertThat(secrets.get("tillNumber").asString()).isEqualTo("5123456");
        assertThat(secrets.get("initiatorName").isNull()).isTrue();
        assertThat(secrets.get("initiatorPassword").isNull()).isTrue();
    }

    @Test
    void every_secret_is_sealed_at_rest_and_a_value_moved_to_another_field_does_not_open(CapturedOutput output) {
        String name = uniqueName("sealed");
        Map<String, Object> app = app();
        put(name, app);
        JdbcClient jdbc = JdbcClient.create(dataSource);

        String row = jdbc.sql("SELECT c::text FROM token.credential_sets c WHERE name = ?").param(name)
                .query(String.class).single();
        List<String> sealed = jdbc.sql("""
                        SELECT unnest(array[passkey_sealed, consumer_key_sealed, consumer_secret_sealed,
                            initiator_name_sealed, initiator_password_sealed]) FROM token.credential_sets WHERE name = ?""")
                .param(name).query(String.class).list();

        assertNoSecretIn(row, app);
        assertThat(sealed).hasSize(5).allMatch(value -> value.matches("[0-9a-f]{8}\\.[A-Za-z0-9+/]+\\.[A-Za-z0-9+/]+"));
        jdbc.sql("UPDATE token.credential_sets SET passkey_sealed = consumer_key_sealed WHERE name = ?").param(name).update();
        HttpResponse<String> moved = get("/internal/v1/credential-sets/" + name + "/secrets");
        assertThat(moved.statusCode()).isEqualTo(500);
        assertNoSecretIn(moved.body(), app);
        assertNoSecretIn(output.getAll(), app);
    }

    static Stream<Arguments> invalid_fields() {
        return Stream.of(
                Arguments.of("environment", "live", "environment", "'sandbox' or 'production'"),
                Arguments.of("environment", "production", "environment", "this deployment talks to Daraja sandbox"),
                Arguments.of("environment", null, "environment", "'sandbox' or 'production'"),
                Arguments.of("shortcode", "1234", "shortcode", "5 to 7 digits"),
                Arguments.of("shortcode", "12345678", "shortcode", "5 to 7 digits"),
                Arguments.of("shortcode", 174379, "shortcode", "wrong type"),
                Arguments.of("shortcodeType", "buygoods", "shortcodeType", "'paybill' or 'till'"),
                Arguments.of("shortcodeType", "till", "tillNumber", "required for a till: 5 to 7 digits"),
                Arguments.of("tillNumber", "5123456", "tillNumber", "only for shortcodeType 'till'"),
                Arguments.of("passkey", "", "passkey", "not blank"),
                Arguments.of("consumerKey", "   ", "consumerKey", "not blank"),
                Arguments.of("consumerSecret", "s".repeat(257), "consumerSecret", "at most 256"),
                Arguments.of("consumerSecret", null, "consumerSecret", "required"),
                Arguments.of("initiatorName", null, "initiatorName", "both"),
                Arguments.of("initiatorPassword", null, "initiatorPassword", "both"),
                Arguments.of("initiatorPassword", "two words", "initiatorPassword", "spaces"),
                Arguments.of("consumerSecert", "a misspelt field", "consumerSecert", "Unknown field"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalid_fields")
    void an_invalid_field_is_a_400_naming_it_and_what_is_accepted(String field, Object value, String param, String says) {
        String name = uniqueName("invalid");
        Map<String, Object> app = new HashMap<>(app());
        app.put(field, value);

        HttpResponse<String> response = put(name, app);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).at("/error/param").asString()).isEqualTo(param);
        assertThat(json(response).at("/error/message").asString()).contains(says);
        assertThat(get("/internal/v1/credential-sets/" + name).statusCode()).isEqualTo(404);
        assertNoSecretIn(response.body(), app());
    }

    static Stream<Arguments> invalid_till_numbers() {
        return Stream.of(
                Arguments.of("1234", "5 to 7 digits"),
                Arguments.of("51234567", "5 to 7 digits"),
                Arguments.of("51 234", "5 to 7 digits"),
                Arguments.of(5123456, "wrong type"));
    }

    @ParameterizedTest(name = "tillNumber = {0}")
    @MethodSource("invalid_till_numbers")
    void a_till_with_a_malformed_till_number_is_a_400_naming_it(Object tillNumber, String says) {
        String name = uniqueName("badtill");
        Map<String, Object> app = app();
        app.put("shortcodeType", "till");
        app.put("tillNumber", tillNumber);

        HttpResponse<String> response = put(name, app);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).at("/error/param").asString()).isEqualTo("tillNumber");
        assertThat(json(response).at("/error/message").asString()).contains(says);
        assertThat(get("/internal/v1/credential-sets/" + name).statusCode()).isEqualTo(404);
    }

    @Test
    void a_name_outside_the_rule_or_a_body_that_is_not_an_object_is_a_400() {
        HttpResponse<String> leadingHyphen = put("-mer_1", app());
        HttpResponse<String> tooLong = put("m".repeat(65), app());
        HttpResponse<String> list = put(uniqueName("list"), "[1,2]");

        assertThat(leadingHyphen.statusCode()).isEqualTo(400);
        assertThat(json(leadingHyphen).at("/error/param").asString()).isEqualTo("name");
        assertThat(json(tooLong).at("/error/param").asString()).isEqualTo("name");
        assertThat(list.statusCode()).isEqualTo(400);
        assertThat(json(list).at("/error/code").asString()).isEqualTo("body_invalid");
        assertThat(put("m".repeat(64), app()).statusCode()).isEqualTo(200);
    }

    @Test
    void the_default_set_and_the_sets_file_cannot_be_replaced_nor_their_secrets_opened() {
        for (String configured : List.of("default", "green-grid")) {
            HttpResponse<String> replaced = put(configured, app());
            HttpResponse<String> summary = get("/internal/v1/credential-sets/" + configured);

            assertThat(replaced.statusCode()).isEqualTo(409);
            assertThat(json(replaced).at("/error/code").asString()).isEqualTo("credential_set_not_replaceable");
            assertThat(summary.statusCode()).isEqualTo(200);
            assertThat(json(summary).get("environment").asString()).isEqualTo("sandbox");
            assertThat(json(summary).get("shortcode").isNull()).isTrue();
            assertThat(json(summary).get("fieldsSet").valueStream().map(JsonNode::asString))
                    .containsExactly("consumer_key", "consumer_secret");
            assertThat(summary.body()).doesNotContain(KEY).doesNotContain(SECRET);
            assertThat(get("/internal/v1/credential-sets/" + configured + "/secrets").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void an_unknown_set_is_404_everywhere() {
        for (String path : List.of("/internal/v1/credential-sets/mer_unknown", "/internal/v1/credential-sets/mer_unknown/secrets",
                "/internal/v1/tokens/mer_unknown")) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(json(response).at("/error/code").asString()).isEqualTo("resource_missing");
        }
    }

    @Test
    void refuses_a_caller_without_the_internal_bearer() {
        String name = uniqueName("nobearer");
        List<HttpRequest.Builder> requests = List.of(
                HttpRequest.newBuilder(url("/internal/v1/credential-sets/" + name)).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(app()))),
                HttpRequest.newBuilder(url("/internal/v1/credential-sets/default")).GET(),
                HttpRequest.newBuilder(url("/internal/v1/credential-sets/" + name + "/secrets"))
                        .header("Authorization", "Bearer not-the-internal-token-but-long-enough-000").GET());

        for (HttpRequest.Builder request : requests) {
            HttpResponse<String> response = send(request);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json(response).at("/error/type").asString()).isEqualTo("authentication_error");
        }
        assertThat(get("/internal/v1/credential-sets/" + name).statusCode()).isEqualTo(404);
    }

    @Test
    void each_change_and_each_opening_is_audited_with_names_only() {
        String name = uniqueName("audited");
        Map<String, Object> app = app();
        put(name, app);
        get("/internal/v1/credential-sets/" + name + "/secrets");
        JdbcClient jdbc = JdbcClient.create(dataSource);

        Map<String, Object> change = jdbc.sql("""
                        SELECT actor, details::text AS details FROM audit.entries
                        WHERE event_type = 'CONFIGURATION_CHANGED' AND subject_type = 'daraja_credentials' AND subject_id = ?""")
                .param(name).query().singleRow();
        String opening = jdbc.sql("""
                        SELECT actor FROM audit.entries WHERE event_type = 'API_REQUEST' AND subject_id = ?
                        AND details ->> 'action' = 'credential_set_secrets_opened'""")
                .param(name).query(String.class).single();

        assertThat(change.get("actor")).isEqualTo("internal");
        assertThat((String) change.get("details")).contains("credential_set_replaced", (String) app.get("shortcode"),
                "sandbox", "consumer_secret", "initiator_password");
        assertThat(opening).isEqualTo("internal");
        String log = jdbc.sql("SELECT string_agg(e::text, ' ') FROM audit.entries e").query(String.class).single();
        assertNoSecretIn(log, app);
        assertThat(AuditVerifier.verify(dataSource)).isInstanceOf(VerificationResult.Intact.class);
    }

    private static void assertNoSecretIn(String text, Map<String, Object> app) {
        for (String field : List.of("passkey", "consumerKey", "consumerSecret", "initiatorName", "initiatorPassword")) {
            if (app.get(field) != null) {
                assertThat(text).as(field).doesNotContain(app.get(field).toString());
            }
        }
        assertThat(text).doesNotContain(SECRET).doesNotContain(INTERNAL);
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
        return org.assertj.core.api.Assertions.within(duration.toSeconds(), java.time.temporal.ChronoUnit.SECONDS);
    }
}
