package io.mpesagw.gateway.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.gateway.TestPhones;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Publishable keys (pk_) do what they are for: the checkout page's calls need the publishable key of the
 * session's merchant, in the session's mode, next to the client secret; every other endpoint refuses them,
 * and the page's endpoints refuse a secret key.
 */
class PublishableKeyApiTest extends MerchantApiTestSupport {

    private static final String SESSION = "{\"amount\":25,\"reference\":\"PK-1\"}";

    @Test
    void a_publishable_key_is_refused_on_every_secret_key_endpoint_naming_what_is_needed() throws Exception {
        String publishable = keyValue(newMerchant(), "publishable");
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("POST /v1/payments", call("POST", "/v1/payments", publishable, payment()));
        answers.put("GET /v1/payments", call("GET", "/v1/payments", publishable, null));
        answers.put("GET /v1/payments/{id}", call("GET", "/v1/payments/pay_x", publishable, null));
        answers.put("POST /v1/payouts", call("POST", "/v1/payouts", publishable,
                "{\"amount\":100,\"phone\":\"0708374149\",\"reference\":\"PK-PO\"}"));
        answers.put("GET /v1/payouts", call("GET", "/v1/payouts", publishable, null));
        answers.put("GET /v1/payouts/{id}", call("GET", "/v1/payouts/po_x", publishable, null));
        answers.put("POST /v1/checkout/sessions", call("POST", "/v1/checkout/sessions", publishable, SESSION));
        answers.put("made-up pk on GET /v1/payments", call("GET", "/v1/payments", "pk_live_" + "q".repeat(40), null));

        assertThat(answers).allSatisfy((endpoint, answer) -> {
            assertThat(answer.statusCode()).as(endpoint).isEqualTo(401);
            assertThat(error(answer).get("type").asString()).isEqualTo("authentication_error");
            assertThat(error(answer).get("code").asString()).as(endpoint).isEqualTo("secret_key_required");
            assertThat(error(answer).get("message").asString()).contains("needs a secret key", "sk_test_");
        });
        assertRefused(call("GET", "/admin/v1/merchants/mer_demo", publishable, null), 401, "secret_key_required",
                "admin token");
    }

    @Test
    void the_checkout_page_needs_the_publishable_key_of_the_sessions_merchant_and_mode() throws Exception {
        JsonNode merchant = newMerchant();
        String publishable = keyValue(merchant, "publishable");
        JsonNode session = open(keyValue(merchant, "secret"), SESSION);
        String view = "/v1/checkout/sessions/" + session.get("id").asString();
        String secret = session.get("client_secret").asString();
        String keys = "/admin/v1/merchants/" + merchant.get("id").asString() + "/keys";
        String livePublishable = JSON.readTree(admin("POST", keys, "{\"kind\":\"publishable\",\"mode\":\"live\"}").body())
                .get("key").asString();

        assertThat(browser("GET", view, publishable, secret, null).statusCode()).isEqualTo(200);
        assertRefused(browser("GET", view, null, secret, null), 401, "publishable_key_required", "Bearer pk_test_");
        assertRefused(browser("GET", view, secret, null, null), 401, "publishable_key_required", "Checkout-Client-Secret");
        assertRefused(browser("GET", view, keyValue(merchant, "secret"), secret, null), 401, "publishable_key_required",
                "must never be sent from a browser");
        assertRefused(browser("GET", view, "pk_test_" + "u".repeat(40), secret, null), 401, "invalid_api_key",
                "publishable key is not valid");
        assertRefused(browser("GET", view, publishable, null, null), 401, "invalid_api_key", "Checkout-Client-Secret");
        assertRefused(browser("GET", view, DEMO_PUBLISHABLE_KEY, secret, null), 403, "publishable_key_mismatch",
                "merchant that opened it");
        assertRefused(browser("GET", view, livePublishable, secret, null), 403, "publishable_key_mismatch", "same mode");
        assertThat(browser("GET", view, publishable, secret + "x", null).statusCode()).isEqualTo(404);

        HttpResponse<String> otherMerchantPays = browser("POST", view + "/pay", DEMO_PUBLISHABLE_KEY, secret,
                "{\"phone\":\"0712 000 111\"}");
        assertRefused(otherMerchantPays, 403, "publishable_key_mismatch", "cannot act on this checkout session");
        assertThat(jdbc.sql("select count(*) from payments where checkout_session_id = ?")
                .param(session.get("id").asString()).query(Long.class).single()).isZero();

        String publishableId = keyId(merchant, "publishable");
        assertThat(admin("POST", keys + "/" + publishableId + "/revoke", null).statusCode()).isEqualTo(200);
        assertRefused(browser("GET", view, publishable, secret, null), 401, "invalid_api_key", "revoked");
    }

    @Test
    void the_page_pays_with_the_publishable_key_and_the_session_answer_gives_the_whole_link() throws Exception {
        JsonNode merchant = newMerchant();
        String publishable = keyValue(merchant, "publishable");
        JsonNode session = open(keyValue(merchant, "secret"),
                "{\"amount\":25,\"reference\":\"PK-2\",\"publishable_key\":\"" + publishable + "\"}");
        String id = session.get("id").asString();
        String secret = session.get("client_secret").asString();

        assertThat(session.get("url").asString())
                .endsWith("/checkout/" + id + "#client_secret=" + secret + "&publishable_key=" + publishable);
        HttpResponse<String> paid = browser("POST", "/v1/checkout/sessions/" + id + "/pay", publishable, secret, 
                "{\"phone\":\"" + TestPhones.next() + "\"}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(202);
        assertThat(changesOf(JSON.readTree(paid.body()).get("payment_id").asString())).contains(keyId(merchant, "publishable"));

        HttpResponse<String> foreignKey = call("POST", "/v1/checkout/sessions", keyValue(merchant, "secret"),
                "{\"amount\":25,\"reference\":\"PK-3\",\"publishable_key\":\"" + DEMO_PUBLISHABLE_KEY + "\"}");
        assertRefused(foreignKey, 400, "publishable_key_invalid", "one of your usable publishable keys");
        assertThat(error(foreignKey).get("param").asString()).isEqualTo("publishable_key");
    }

    @Test
    void a_browser_may_send_the_client_secret_header_from_an_allowed_origin() throws Exception {
        JsonNode merchant = newMerchant();
        String id = open(keyValue(merchant, "secret"), SESSION).get("id").asString();

        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/v1/checkout/sessions/" + id + "/pay"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://shop.green-grid.co.ke")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,checkout-client-secret,content-type").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(allowed ->
                assertThat(allowed.toLowerCase()).contains("checkout-client-secret", "authorization"));
    }

    private JsonNode open(String secretKey, String body) throws Exception {
        HttpResponse<String> opened = call("POST", "/v1/checkout/sessions", secretKey, body);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return JSON.readTree(opened.body());
    }

    private HttpResponse<String> browser(String method, String path, String bearer, String clientSecret, String body)
            throws Exception {
        HttpRequest.Builder request = api.browser(path, bearer, clientSecret)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send((body == null ? request : request.header("Content-Type", "application/json")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String code, String says) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(error(answer).get("code").asString()).as(answer.body()).isEqualTo(code);
        assertThat(error(answer).get("message").asString()).contains(says);
    }

    /** The audit details of the payment's API_REQUEST entry, as text. */
    private String changesOf(String paymentId) {
        return jdbc.sql("select details::text from audit.entries where subject_id = ?").param(paymentId)
                .query(String.class).single();
    }
}
