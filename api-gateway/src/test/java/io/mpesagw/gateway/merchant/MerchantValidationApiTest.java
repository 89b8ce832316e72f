package io.mpesagw.gateway.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every rule of the admin API answers 400 naming the field and what is accepted, and never quotes a secret. */
class MerchantValidationApiTest extends MerchantApiTestSupport {

    @Test
    void merchant_fields_are_checked_naming_the_field() throws Exception {
        String[][] cases = {
                {"{}", "name", "name is required"},
                {"{\"name\":\"   \"}", "name", "1 to 100"},
                {"{\"name\":\"" + "n".repeat(101) + "\"}", "name", "1 to 100"},
                {"{\"name\":\"A\",\"allowed_origins\":[\"http://shop.example.co.ke\"]}", "allowed_origins", "must use https"},
                {"{\"name\":\"A\",\"allowed_origins\":[\"https://shop.example.co.ke/checkout\"]}", "allowed_origins", "without a path"},
                {"{\"name\":\"A\",\"allowed_origins\":[\"https://shop.example.co.ke/\"]}", "allowed_origins", "trailing slash"},
                {"{\"name\":\"A\",\"allowed_origins\":[\"https://*.example.co.ke\"]}", "allowed_origins", "wildcard"},
                {"{\"name\":\"A\",\"allowed_origins\":[\"*\"]}", "allowed_origins", "wildcard"},
                {"{\"name\":\"A\",\"allowed_origins\":[\"shop.example.co.ke\"]}", "allowed_origins", "absolute URL"},
                {"{\"name\":\"A\",\"allowed_origins\":[\"\"]}", "allowed_origins", "empty entries"},
                {"{\"name\":\"A\",\"allowed_origins\":[" + "\"https://a.ke\",".repeat(21) + "\"https://b.ke\"]}",
                        "allowed_origins", "at most 20"},
                {"{\"name\":\"A\",\"webhook_url\":\"http://hooks.example.co.ke/mpesa\"}", "webhook_url", "must use https"},
                {"{\"name\":\"A\",\"webhook_url\":\"ftp://hooks.example.co.ke\"}", "webhook_url", "must use https"},
                {"{\"name\":\"A\",\"webhook_url\":\"/mpesa/events\"}", "webhook_url", "absolute URL"},
                {"{\"name\":\"A\",\"webhook_url\":\"https://user:pw@hooks.example.co.ke\"}", "webhook_url", "password"},
                {"{\"name\":\"A\",\"webhook_url\":\"\"}", "webhook_url", "leave it out"}};
        for (String[] c : cases) {
            assertRefused("POST", "/admin/v1/merchants", c[0], c[1], c[2]);
        }
        HttpResponse<String> local = admin("POST", "/admin/v1/merchants", "{\"name\":\"Local\",\"allowed_origins\":"
                + "[\"http://127.0.0.1:5173\",\"http://localhost:3000\"],\"webhook_url\":\"http://127.0.0.1:9000/hooks\"}");
        assertThat(local.statusCode()).as("loopback over http is fine for local runs").isEqualTo(201);
    }

    @Test
    void key_requests_are_checked_naming_the_field() throws Exception {
        JsonNode merchant = newMerchant();
        String keys = "/admin/v1/merchants/" + merchant.get("id").asString() + "/keys";
        String rotate = keys + "/" + keyId(merchant, "secret") + "/rotate";

        assertRefused("POST", keys, "{\"mode\":\"test\"}", "kind", "secret or publishable");
        assertRefused("POST", keys, "{\"kind\":\"restricted\",\"mode\":\"test\"}", "kind", "was 'restricted'");
        assertRefused("POST", keys, "{\"kind\":\"secret\"}", "mode", "test or live");
        assertRefused("POST", keys, "{\"kind\":\"secret\",\"mode\":\"prod\"}", "mode", "test or live");
        assertRefused("POST", rotate, "{\"grace_period\":\"8d\"}", "grace_period", "to 7d");
        assertRefused("POST", rotate, "{\"grace_period\":\"-PT1H\"}", "grace_period", "from 0");
        assertRefused("POST", rotate, "{\"grace_period\":\"soon\"}", "grace_period", "24h");
    }

    @Test
    void credential_fields_are_checked_naming_the_field_without_quoting_secrets() throws Exception {
        String path = "/admin/v1/merchants/" + newMerchant().get("id").asString() + "/daraja-credentials";
        String[][] cases = {
                {"shortcode", null, "5 to 7 digits"},
                {"shortcode", "\"1234\"", "5 to 7 digits"},
                {"shortcode", "\"12345678\"", "5 to 7 digits"},
                {"shortcode", "\"17437a\"", "5 to 7 digits"},
                {"shortcode_type", "\"buygoods\"", "paybill or till"},
                {"environment", null, "sandbox or production"},
                {"environment", "\"live\"", "sandbox or production"},
                {"passkey", null, "passkey is required"},
                {"passkey", "\"secret-passkey \"", "spaces"},
                {"passkey", "\"" + "p".repeat(257) + "\"", "at most 256"},
                {"consumer_key", "\"\"", "consumer_key is required"},
                {"consumer_secret", "\"secret\\nline\"", "control characters"},
                {"initiator_password", "\"Pass(word)1\"", "'(' or ')'"}};
        for (String[] c : cases) {
            String body = DarajaCredentialsApiTest.FULL_SET.replaceFirst("\"" + c[0] + "\":\"[^\"]*\"",
                    Matcher.quoteReplacement("\"" + c[0] + "\":" + (c[1] == null ? "null" : c[1])));
            HttpResponse<String> response = assertRefused("PUT", path, body, c[0], c[2]);
            assertThat(response.body()).doesNotContain("secret-passkey", "secret\\nline", "Pass(word)1");
        }
        String withoutPassword = DarajaCredentialsApiTest.FULL_SET.replaceFirst("\"initiator_password\":\"[^\"]*\",", "");
        assertRefused("PUT", path, withoutPassword, "initiator_password", "required with initiator_name");
        String withoutName = DarajaCredentialsApiTest.FULL_SET.replaceFirst("\"initiator_name\":\"[^\"]*\",", "");
        assertRefused("PUT", path, withoutName, "initiator_name", "required with initiator_password");
        String paybill = "\"shortcode_type\":\"paybill\"";
        String[][] tills = {
                {"\"shortcode_type\":\"till\"", "till_number is required for a till: 5 to 7 digits"},
                {"\"shortcode_type\":\"till\",\"till_number\":null", "till_number is required for a till"},
                {"\"shortcode_type\":\"till\",\"till_number\":\"1234\"", "5 to 7 digits"},
                {"\"shortcode_type\":\"till\",\"till_number\":\"12345678\"", "5 to 7 digits"},
                {"\"shortcode_type\":\"till\",\"till_number\":\"51234a\"", "was '51234a'"},
                {paybill + ",\"till_number\":\"5123456\"", "till_number is only for shortcode_type till"}};
        for (String[] c : tills) {
            assertRefused("PUT", path, DarajaCredentialsApiTest.FULL_SET.replace(paybill, c[0]), "till_number", c[1]);
        }
    }

    private HttpResponse<String> assertRefused(String method, String path, String body, String param, String hint)
            throws Exception {
        HttpResponse<String> response = admin(method, path, body);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(error(response).get("param").asString()).as(body).isEqualTo(param);
        assertThat(error(response).get("message").asString()).as(body).contains(hint);
        return response;
    }
}
