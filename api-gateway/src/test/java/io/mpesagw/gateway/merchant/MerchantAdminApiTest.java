package io.mpesagw.gateway.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.gateway.merchant.domain.SecretDigest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Operators create and configure merchants over the admin API; key values are shown once and kept only as digests. */
class MerchantAdminApiTest extends MerchantApiTestSupport {

    @Test
    void a_new_merchant_gets_test_keys_shown_once_that_work_and_are_stored_only_as_digests() throws Exception {
        JsonNode merchant = newMerchant();
        String id = merchant.get("id").asString();
        String secret = keyValue(merchant, "secret");
        String publishable = keyValue(merchant, "publishable");

        assertThat(id).matches("mer_[0-9A-Za-z]{24}");
        assertThat(merchant.get("allowed_origins").get(0).asString()).isEqualTo("https://shop.green-grid.co.ke");
        assertThat(secret).matches("sk_test_[0-9A-Za-z]{40}");
        assertThat(publishable).matches("pk_test_[0-9A-Za-z]{40}");
        assertThat(keyId(merchant, "secret")).matches("key_[0-9A-Za-z]{24}");
        assertThat(merchant.get("keys")).allSatisfy(key -> assertThat(key.get("status").asString()).isEqualTo("active"));
        assertThat(call("POST", "/v1/payments", secret, payment()).statusCode()).isEqualTo(202);

        HttpResponse<String> shown = admin("GET", "/admin/v1/merchants/" + id, null);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain(secret).doesNotContain(publishable).contains(keyId(merchant, "secret"));
        assertThat(JSON.readTree(shown.body()).get("keys")).allSatisfy(key -> assertThat(key.has("key")).isFalse());
        assertThat(JSON.readTree(shown.body()).get("daraja_credentials").isNull()).isTrue();

        assertThat(tablesContaining(SecretDigest.of(secret))).as("the search finds what is there").hasSize(1);
        assertThat(tablesContaining(secret)).isEmpty();
        assertThat(tablesContaining(publishable)).isEmpty();
        assertThat(jdbc.sql("select key_digest from api_keys where id = ?").param(keyId(merchant, "secret"))
                .query(String.class).single()).isEqualTo(SecretDigest.of(secret));
    }

    @Test
    void creating_a_merchant_is_audited_with_key_ids_and_never_a_key() throws Exception {
        JsonNode merchant = newMerchant();
        String id = merchant.get("id").asString();

        assertThat(changes(id, "merchant_created")).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor")).isEqualTo("admin");
            assertThat(entry.get("subject_id")).isEqualTo(id);
            assertThat(entry.get("request_id").toString()).startsWith("req_");
            assertThat(entry.get("details").toString()).contains("Green Grid Ltd", "api.green-grid.co.ke")
                    .doesNotContain("/mpesa/events");
        });
        assertThat(changes(id, "api_key_created")).extracting(entry -> entry.get("details").toString())
                .hasSize(2)
                .anySatisfy(details -> assertThat(details).contains(keyId(merchant, "secret"), "\"secret\""))
                .anySatisfy(details -> assertThat(details).contains(keyId(merchant, "publishable"), "\"publishable\""));
    }

    @Test
    void an_operator_changes_origins_and_webhook_and_the_change_is_audited() throws Exception {
        String id = newMerchant().get("id").asString();

        HttpResponse<String> updated = admin("PATCH", "/admin/v1/merchants/" + id,
                "{\"allowed_origins\":[\"https://Pay.Green-Grid.co.ke:443\",\"http://localhost:3000\"],\"webhook_url\":\"\"}");

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode merchant = JSON.readTree(updated.body());
        assertThat(merchant.get("name").asString()).isEqualTo("Green Grid Ltd");
        assertThat(merchant.get("allowed_origins").toString())
                .isEqualTo("[\"https://pay.green-grid.co.ke\",\"http://localhost:3000\"]");
        assertThat(merchant.get("webhook_url").isNull()).isTrue();
        assertThat(changes(id, "merchant_updated")).singleElement().satisfies(entry -> assertThat(JSON.readTree(
                entry.get("details").toString()).get("changedFields").toString()).isEqualTo("[\"allowed_origins\",\"webhook_url\"]"));
    }

    @Test
    void an_unknown_merchant_or_key_is_a_404() throws Exception {
        String id = newMerchant().get("id").asString();

        assertThat(admin("GET", "/admin/v1/merchants/mer_nobody", null).statusCode()).isEqualTo(404);
        assertThat(admin("POST", "/admin/v1/merchants/mer_nobody/keys", "{\"kind\":\"secret\",\"mode\":\"test\"}")
                .statusCode()).isEqualTo(404);
        HttpResponse<String> missingKey = admin("POST", "/admin/v1/merchants/" + id + "/keys/key_nothing/revoke", null);
        assertThat(missingKey.statusCode()).isEqualTo(404);
        assertThat(error(missingKey).get("message").asString()).contains("key_nothing");
    }

    @Test
    void refuses_callers_without_the_admin_token_before_reading_the_body() throws Exception {
        String id = newMerchant().get("id").asString();
        String[][] endpoints = {
                {"POST", "/admin/v1/merchants", "{\"name\":\"\"}"},
                {"GET", "/admin/v1/merchants/" + id, null},
                {"PATCH", "/admin/v1/merchants/" + id, "{\"webhook_url\":\"ftp://x\"}"},
                {"POST", "/admin/v1/merchants/" + id + "/keys", "{}"},
                {"POST", "/admin/v1/merchants/" + id + "/keys/key_x/rotate", "{\"grace_period\":\"9d\"}"},
                {"POST", "/admin/v1/merchants/" + id + "/keys/key_x/revoke", null},
                {"PUT", "/admin/v1/merchants/" + id + "/daraja-credentials", "{\"passkey\":\"x\"}"}};
        for (String[] endpoint : endpoints) {
            for (String bearer : new String[] {null, ADMIN + "x", DEMO_SECRET_KEY}) {
                HttpResponse<String> response = call(endpoint[0], endpoint[1], bearer, endpoint[2]);
                assertThat(response.statusCode()).as("%s %s as %s", endpoint[0], endpoint[1], bearer).isEqualTo(401);
                assertThat(error(response).get("code").asString()).isEqualTo("invalid_admin_token");
            }
        }
        assertThat(changes(id, "merchant_updated")).isEmpty();
    }
}
