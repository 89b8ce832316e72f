package io.mpesagw.gateway.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A browser may call a checkout session from the checkout origins or from the origins of that session's merchant. */
class MerchantCheckoutCorsTest extends MerchantApiTestSupport {

    private static final String SHOP = "https://shop.green-grid.co.ke";

    @Test
    void a_session_accepts_its_own_merchants_origins_and_refuses_others() throws Exception {
        JsonNode merchant = newMerchant();
        HttpResponse<String> opened = call("POST", "/v1/checkout/sessions", keyValue(merchant, "secret"),
                "{\"amount\":25,\"reference\":\"ORDER-9\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String pay = "/v1/checkout/sessions/" + JSON.readTree(opened.body()).get("id").asString() + "/pay";
        String demoSession = JSON.readTree(call("POST", "/v1/checkout/sessions", DEMO_SECRET_KEY,
                "{\"amount\":25,\"reference\":\"ORDER-10\"}").body()).get("id").asString();

        HttpResponse<String> ownOrigin = preflight(pay, SHOP);
        assertThat(ownOrigin.statusCode()).isEqualTo(200);
        assertThat(ownOrigin.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SHOP);
        assertThat(ownOrigin.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(preflight(pay, "http://127.0.0.1:5173").headers().firstValue("Access-Control-Allow-Origin"))
                .as("the hosted checkout's origin").hasValue("http://127.0.0.1:5173");

        assertThat(preflight(pay, "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(preflight("/v1/checkout/sessions/" + demoSession + "/pay", SHOP).statusCode())
                .as("another merchant's session").isEqualTo(403);
        assertThat(preflight("/v1/checkout/sessions", SHOP).headers().firstValue("Access-Control-Allow-Origin"))
                .as("opening a session is for the merchant's server").isEmpty();
    }

    private HttpResponse<String> preflight(String path, String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
