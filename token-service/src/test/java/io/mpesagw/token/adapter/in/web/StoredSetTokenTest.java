package io.mpesagw.token.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A set stored in the vault gets Daraja tokens like a configured one, always from its current app. */
@ExtendWith(OutputCaptureExtension.class)
class StoredSetTokenTest extends VaultFixture {

    @Test
    void a_stored_set_gets_a_token_that_daraja_accepts_for_its_own_app(CapturedOutput output) {
        Map<String, Object> app = app();
        registerWithDaraja(app);
        String name = uniqueName("mer_tok");
        assertThat(put(name, app).statusCode()).isEqualTo(200);

        HttpResponse<String> first = get("/internal/v1/tokens/" + name);
        HttpResponse<String> again = get("/internal/v1/tokens/" + name);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String token = json(first).get("accessToken").asString();
        assertThat(json(again).get("accessToken").asString()).isEqualTo(token);
        assertThat(acceptedByDaraja(token, app)).isTrue();
        assertThat(oauthCallsOf(app)).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(app.get("consumerSecret").toString());
    }

    @Test
    void a_refused_token_of_a_stored_set_is_replaced_by_compare_and_refresh() {
        Map<String, Object> app = app();
        registerWithDaraja(app);
        String name = uniqueName("mer_inv");
        put(name, app);
        String stale = json(get("/internal/v1/tokens/" + name)).get("accessToken").asString();

        HttpResponse<String> refreshed = post("/internal/v1/tokens/" + name + "/invalidations",
                "{\"accessToken\":\"" + stale + "\"}");

        assertThat(refreshed.statusCode()).isEqualTo(200);
        String fresh = json(refreshed).get("accessToken").asString();
        assertThat(fresh).isNotEqualTo(stale);
        assertThat(json(get("/internal/v1/tokens/" + name)).get("accessToken").asString()).isEqualTo(fresh);
        assertThat(oauthCallsOf(app)).isEqualTo(2);
    }

    @Test
    void replacing_a_sets_credentials_drops_its_token_and_the_next_one_comes_from_the_new_app() {
        Map<String, Object> oldApp = app();
        Map<String, Object> newApp = app();
        registerWithDaraja(oldApp);
        registerWithDaraja(newApp);
        String name = uniqueName("mer_rot");
        put(name, oldApp);
        String oldToken = json(get("/internal/v1/tokens/" + name)).get("accessToken").asString();
        long oauthBefore = totalOAuthCalls();

        assertThat(put(name, newApp).statusCode()).isEqualTo(200);
        long sharedRows = JdbcClient.create(dataSource).sql("SELECT count(*) FROM token.daraja_tokens WHERE credential_set = ?")
                .param(name).query(Long.class).single();
        String newToken = json(get("/internal/v1/tokens/" + name)).get("accessToken").asString();

        assertThat(sharedRows).isZero();
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(totalOAuthCalls()).isEqualTo(oauthBefore + 1);
        assertThat(oauthCallsOf(oldApp)).isEqualTo(1);
        assertThat(oauthCallsOf(newApp)).isEqualTo(1);
        assertThat(acceptedByDaraja(newToken, newApp)).isTrue();
        assertThat(json(get("/internal/v1/tokens/" + name)).get("accessToken").asString()).isEqualTo(newToken);
    }

    @Test
    void a_stored_set_whose_app_daraja_does_not_know_gets_a_503_naming_the_set_not_its_secret() {
        Map<String, Object> app = app(); // never registered with the simulator
        String name = uniqueName("mer_bad");
        put(name, app);

        HttpResponse<String> response = get("/internal/v1/tokens/" + name);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).at("/error/message").asString()).contains(name);
        assertThat(response.body()).doesNotContain(app.get("consumerSecret").toString())
                .doesNotContain(app.get("consumerKey").toString());
    }

    private static long totalOAuthCalls() {
        return JSON.readTree(DARAJA.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(DARAJA.baseUrl() + "/simulator/v1/stats")).GET()).body()).get("oauthCalls").asLong();
    }

    /** The simulator counts OAuth calls per registered app, by consumer key. */
    private static long oauthCallsOf(Map<String, Object> app) {
        JsonNode apps = JSON.readTree(DARAJA.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(DARAJA.baseUrl() + "/simulator/v1/apps")).GET()).body()).get("apps");
        return apps.valueStream().filter(usage -> usage.get("consumerKey").asString().equals(app.get("consumerKey")))
                .findFirst().orElseThrow().get("oauthCalls").asLong();
    }

    /** Daraja (the simulator) takes the token for the app's shortcode: an STK query is not refused as an invalid token. */
    private static boolean acceptedByDaraja(String token, Map<String, Object> app) {
        HttpResponse<String> answer = DARAJA.post("/mpesa/stkpushquery/v1/query", token,
                "{\"BusinessShortCode\":\"" + app.get("shortcode") + "\",\"Password\":\"x\",\"Timestamp\":\"20260301080000\","
                        + "\"CheckoutRequestID\":\"ws_CO_000000000000000000000\"}");
        return !answer.body().contains("404.001.03");
    }
}
