package io.mpesagw.gateway.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.gateway.merchant.application.DarajaCredentialSetup;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A merchant's Daraja credential set: accepted over the admin API, sealed field by field, shown only as "set". */
class DarajaCredentialsApiTest extends MerchantApiTestSupport {

    static final String PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
    static final String CONSUMER_KEY = "GtX8q2NcVb7KpL3mW9zR4sYd";
    static final String CONSUMER_SECRET = "Zk4pQ8rT2vX6nB1m";
    static final String INITIATOR_PASSWORD = "Safaricom999!*!";
    static final String FULL_SET = """
            {"shortcode":"174379","shortcode_type":"paybill","passkey":"%s","consumer_key":"%s",
             "consumer_secret":"%s","initiator_name":"testapi","initiator_password":"%s","environment":"sandbox"}"""
            .formatted(PASSKEY, CONSUMER_KEY, CONSUMER_SECRET, INITIATOR_PASSWORD);

    @Autowired
    DarajaCredentialSetup credentials;

    @Test
    void credentials_are_stored_sealed_and_shown_only_as_which_fields_are_set() throws Exception {
        String id = newMerchant().get("id").asString();

        HttpResponse<String> saved = admin("PUT", "/admin/v1/merchants/" + id + "/daraja-credentials", FULL_SET);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(saved.body());
        assertThat(summary.get("shortcode").asString()).isEqualTo("174379");
        assertThat(summary.get("shortcode_type").asString()).isEqualTo("paybill");
        assertThat(summary.get("fields_set").toString()).isEqualTo(
                "[\"passkey\",\"consumer_key\",\"consumer_secret\",\"initiator_name\",\"initiator_password\"]");
        String shown = admin("GET", "/admin/v1/merchants/" + id, null).body();
        assertThat(JSON.readTree(shown).get("daraja_credentials").get("fields_set")).hasSize(5);
        for (String secret : new String[] {PASSKEY, CONSUMER_KEY, CONSUMER_SECRET, "testapi", INITIATOR_PASSWORD}) {
            assertThat(saved.body() + shown).doesNotContain(secret);
            assertThat(tablesContaining(secret)).as(secret).isEmpty();
        }
        assertThat(changes(id, "daraja_credentials_set")).singleElement()
                .satisfies(entry -> assertThat(entry.get("details").toString()).contains("174379", "initiator_password"));

        DarajaCredentials opened = credentials.open(id).orElseThrow();
        assertThat(opened.passkey()).isEqualTo(PASSKEY);
        assertThat(opened.consumerSecret()).isEqualTo(CONSUMER_SECRET);
        assertThat(opened.initiatorPassword()).isEqualTo(INITIATOR_PASSWORD);
        assertThat(opened.toString()).doesNotContain(PASSKEY, CONSUMER_SECRET, INITIATOR_PASSWORD);
    }

    @Test
    void a_sealed_value_moved_to_another_row_or_column_does_not_open() throws Exception {
        String first = newMerchant().get("id").asString();
        String second = newMerchant().get("id").asString();
        admin("PUT", "/admin/v1/merchants/" + first + "/daraja-credentials", FULL_SET);
        admin("PUT", "/admin/v1/merchants/" + second + "/daraja-credentials",
                FULL_SET.replace(PASSKEY, "a".repeat(64)));

        jdbc.sql("""
                update daraja_credentials set passkey_sealed = (select passkey_sealed from daraja_credentials
                where merchant_id = ?) where merchant_id = ?""").params(first, second).update();
        assertThatThrownBy(() -> credentials.open(second)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("passkey").hasMessageContaining(second).hasMessageNotContaining(PASSKEY);

        jdbc.sql("update daraja_credentials set consumer_key_sealed = consumer_secret_sealed where merchant_id = ?")
                .param(first).update();
        assertThatThrownBy(() -> credentials.open(first)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("consumer_key").hasMessageNotContaining(CONSUMER_SECRET);
    }

    @Test
    void a_new_set_replaces_the_old_one_and_the_initiator_is_optional_as_a_pair() throws Exception {
        String id = newMerchant().get("id").asString();
        admin("PUT", "/admin/v1/merchants/" + id + "/daraja-credentials", FULL_SET);

        HttpResponse<String> replaced = admin("PUT", "/admin/v1/merchants/" + id + "/daraja-credentials", """
                {"shortcode":"5123456","shortcode_type":"till","passkey":"p4ss","consumer_key":"ck",
                 "consumer_secret":"cs","environment":"production"}""");

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(JSON.readTree(replaced.body()).get("fields_set")).hasSize(3);
        DarajaCredentials opened = credentials.open(id).orElseThrow();
        assertThat(opened.shortcodeType()).isEqualTo(DarajaCredentials.ShortcodeType.TILL);
        assertThat(opened.initiatorName()).isNull();
        assertThat(changes(id, "daraja_credentials_set")).hasSize(2);
    }
}
