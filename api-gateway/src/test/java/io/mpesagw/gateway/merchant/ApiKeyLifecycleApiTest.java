package io.mpesagw.gateway.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Keys over their life: issued, rotated with a grace period, revoked; and which kind may call what. */
class ApiKeyLifecycleApiTest extends MerchantApiTestSupport {

    private static final String REFUSED = "The secret key is not valid: it is unknown, has expired or has been revoked.";

    @Test
    void a_rotated_key_keeps_working_until_its_grace_period_ends_and_the_new_one_works_at_once() throws Exception {
        JsonNode merchant = newMerchant();
        String id = merchant.get("id").asString();
        String oldKey = keyValue(merchant, "secret");
        String oldKeyId = keyId(merchant, "secret");

        HttpResponse<String> rotated = admin("POST", "/admin/v1/merchants/" + id + "/keys/" + oldKeyId + "/rotate",
                "{\"grace_period\":\"2h\"}");

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(201);
        JsonNode rotation = JSON.readTree(rotated.body());
        String newKey = rotation.get("new_key").get("key").asString();
        String newKeyId = rotation.get("new_key").get("id").asString();
        assertThat(newKey).matches("sk_test_[0-9A-Za-z]{40}");
        assertThat(rotation.get("previous_key").get("status").asString()).isEqualTo("expiring");
        assertThat(rotation.get("previous_key").get("replaced_by").asString()).isEqualTo(newKeyId);
        assertThat(rotation.get("previous_key").has("key")).isFalse();
        assertThat(Instant.parse(rotation.get("previous_key").get("expires_at").asString()))
                .isEqualTo(clock.instant().plus(Duration.ofHours(2)));
        assertThat(call("POST", "/v1/payments", newKey, payment()).statusCode()).isEqualTo(202);

        clock.advance(Duration.ofHours(2).minusSeconds(1));
        assertThat(call("POST", "/v1/payments", oldKey, payment()).statusCode()).isEqualTo(202);

        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> expired = call("POST", "/v1/payments", oldKey, payment());
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(error(expired).get("message").asString()).isEqualTo(REFUSED);
        assertThat(call("POST", "/v1/payments", newKey, payment()).statusCode()).isEqualTo(202);
        assertThat(tablesContaining(newKey)).isEmpty();
        assertThat(changes(id, "api_key_rotated")).singleElement().satisfies(entry -> assertThat(
                entry.get("details").toString()).contains(oldKeyId, newKeyId, "PT2H").doesNotContain(newKey));
    }

    @Test
    void rotation_defaults_to_24_hours_and_zero_ends_the_old_key_at_once() throws Exception {
        JsonNode merchant = newMerchant();
        String keys = "/admin/v1/merchants/" + merchant.get("id").asString() + "/keys/";

        JsonNode byDefault = JSON.readTree(admin("POST", keys + keyId(merchant, "publishable") + "/rotate", null).body());
        HttpResponse<String> immediate = admin("POST", keys + keyId(merchant, "secret") + "/rotate", "{\"grace_period\":\"0\"}");

        assertThat(Instant.parse(byDefault.get("previous_key").get("expires_at").asString()))
                .isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(byDefault.get("new_key").get("key").asString()).startsWith("pk_test_");
        assertThat(JSON.readTree(immediate.body()).get("previous_key").get("status").asString()).isEqualTo("expired");
        assertThat(call("POST", "/v1/payments", keyValue(merchant, "secret"), payment()).statusCode()).isEqualTo(401);
        HttpResponse<String> again = admin("POST", keys + keyId(merchant, "secret") + "/rotate", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(error(again).get("message").asString()).contains("already rotated", "rotate its replacement key_");
    }

    @Test
    void a_revoked_key_is_refused_at_once_like_an_unknown_one() throws Exception {
        JsonNode merchant = newMerchant();
        String keys = "/admin/v1/merchants/" + merchant.get("id").asString() + "/keys";
        JsonNode live = JSON.readTree(admin("POST", keys, "{\"kind\":\"secret\",\"mode\":\"live\"}").body());
        String liveKey = live.get("key").asString();
        assertThat(liveKey).matches("sk_live_[0-9A-Za-z]{40}");
        assertThat(call("POST", "/v1/payments", liveKey, payment()).statusCode()).isEqualTo(202);

        HttpResponse<String> revoked = admin("POST", keys + "/" + live.get("id").asString() + "/revoke", null);

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).get("status").asString()).isEqualTo("revoked");
        HttpResponse<String> refused = call("POST", "/v1/payments", liveKey, payment());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(error(refused).get("message").asString()).isEqualTo(REFUSED);
        assertThat(error(call("GET", "/v1/payments/pay_x", "sk_live_" + "z".repeat(40), null)).get("message").asString())
                .isEqualTo(REFUSED);
        assertThat(admin("POST", keys + "/" + live.get("id").asString() + "/revoke", null).statusCode()).isEqualTo(200);
        assertThat(changes(merchant.get("id").asString(), "api_key_revoked")).hasSize(1);
        assertThat(admin("POST", keys + "/" + live.get("id").asString() + "/rotate", null).statusCode()).isEqualTo(409);
    }

    @Test
    void a_publishable_key_is_refused_where_a_secret_key_is_required() throws Exception {
        JsonNode merchant = newMerchant();

        for (String publishable : new String[] {keyValue(merchant, "publishable"), DEMO_PUBLISHABLE_KEY}) {
            HttpResponse<String> refused = call("POST", "/v1/payments", publishable, payment());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(error(refused).get("message").asString()).contains("publishable key", "secret key");
        }
        assertThat(jdbc.sql("select kind from api_keys where merchant_id = 'mer_demo' order by kind")
                .query(String.class).list()).containsExactly("publishable", "secret");
        assertThat(call("POST", "/v1/payments", DEMO_SECRET_KEY, payment()).statusCode()).isEqualTo(202);
    }
}
