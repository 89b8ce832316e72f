package io.mpesagw.gateway.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A merchant's Daraja credential set. Its secrets go to token-service and are kept nowhere in the gateway;
 * storing one through a real token-service, and the 400 it may answer, are proven end to end
 * (local-stack's MerchantCredentialsEndToEndTest). This gateway has no token-service configured.
 */
class DarajaCredentialsApiTest extends MerchantApiTestSupport {

    static final String PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
    static final String CONSUMER_KEY = "GtX8q2NcVb7KpL3mW9zR4sYd";
    static final String CONSUMER_SECRET = "Zk4pQ8rT2vX6nB1m";
    static final String INITIATOR_PASSWORD = "Safaricom999!*!";
    static final String FULL_SET = """
            {"shortcode":"174379","shortcode_type":"paybill","passkey":"%s","consumer_key":"%s",
             "consumer_secret":"%s","initiator_name":"testapi","initiator_password":"%s","environment":"sandbox"}"""
            .formatted(PASSKEY, CONSUMER_KEY, CONSUMER_SECRET, INITIATOR_PASSWORD);

    @Test
    void a_set_that_cannot_reach_token_service_is_refused_with_503_and_kept_nowhere() throws Exception {
        String id = newMerchant().get("id").asString();

        HttpResponse<String> refused = admin("PUT", "/admin/v1/merchants/" + id + "/daraja-credentials", FULL_SET);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(error(refused).get("code").asString()).isEqualTo("credential_store_unavailable");
        assertThat(error(refused).get("message").asString()).contains("nothing was changed");
        assertThat(JSON.readTree(admin("GET", "/admin/v1/merchants/" + id, null).body())
                .get("daraja_credentials").isNull()).isTrue();
        assertThat(changes(id, "daraja_credentials_set")).isEmpty();
        for (String secret : new String[] {PASSKEY, CONSUMER_KEY, CONSUMER_SECRET, INITIATOR_PASSWORD}) {
            assertThat(refused.body()).doesNotContain(secret);
            assertThat(tablesContaining(secret)).as(secret).isEmpty();
        }
    }

    @Test
    void a_till_with_its_till_number_passes_the_rules_and_goes_on_to_the_vault() throws Exception {
        String id = newMerchant().get("id").asString();
        String till = FULL_SET.replace("\"shortcode_type\":\"paybill\"",
                "\"shortcode_type\":\"till\",\"till_number\":\"5123456\"");

        HttpResponse<String> sent = admin("PUT", "/admin/v1/merchants/" + id + "/daraja-credentials", till);

        // 503, not 400: every rule held, and only the vault (not configured in this test) was missing
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(503);
        assertThat(error(sent).get("code").asString()).isEqualTo("credential_store_unavailable");
    }

    @Test
    void a_set_for_an_unknown_merchant_is_a_404_before_anything_is_sent() throws Exception {
        HttpResponse<String> missing = admin("PUT", "/admin/v1/merchants/mer_nobody/daraja-credentials", FULL_SET);

        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
        assertThat(error(missing).get("code").asString()).isEqualTo("resource_missing");
    }

    @Test
    void a_merchant_with_its_own_set_pays_and_pays_out_with_it_and_any_other_merchant_with_the_default() throws Exception {
        JsonNode own = newMerchant();
        JsonNode other = newMerchant();
        // the summary row the PUT leaves once token-service has the set
        jdbc.sql("""
                insert into daraja_credentials (merchant_id, shortcode, shortcode_type, till_number, environment, fields_set,
                    updated_at)
                values (?, '600111', 'till', '5123456', 'sandbox', array['passkey', 'consumer_key', 'consumer_secret'], ?)""")
                .params(own.get("id").asString(), Timestamp.from(Instant.now())).update();

        String ownPayment = paymentId(own);
        String ownPayout = payoutId(own);
        String otherPayment = paymentId(other);

        assertThat(command(ownPayment)).contains("\"credentialSet\":\"" + own.get("id").asString() + "\"");
        assertThat(command(ownPayout)).contains("\"credentialSet\":\"" + own.get("id").asString() + "\"");
        assertThat(command(otherPayment)).contains("\"credentialSet\":\"default\"");
        JsonNode shown = JSON.readTree(admin("GET", "/admin/v1/merchants/" + own.get("id").asString(), null).body());
        assertThat(shown.get("daraja_credentials").get("shortcode_type").asString()).isEqualTo("till");
        assertThat(shown.get("daraja_credentials").get("shortcode").asString()).isEqualTo("600111");
        assertThat(shown.get("daraja_credentials").get("till_number").asString()).isEqualTo("5123456");
        assertThat(shown.get("daraja_credentials").get("fields_set").toString())
                .isEqualTo("[\"passkey\",\"consumer_key\",\"consumer_secret\"]");
    }

    private String paymentId(JsonNode merchant) throws Exception {
        HttpResponse<String> created = call("POST", "/v1/payments", keyValue(merchant, "secret"), payment());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private String payoutId(JsonNode merchant) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/v1/payouts"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + keyValue(merchant, "secret"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"amount\":100,\"phone\":\"0708374149\",\"reference\":\"REF-1\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private String command(String id) {
        return jdbc.sql("select payload from outbox where message_key = ? and event_type like 'Request%'").param(id)
                .query(String.class).single();
    }
}
