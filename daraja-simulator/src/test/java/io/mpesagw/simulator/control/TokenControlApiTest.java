package io.mpesagw.simulator.control;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.DarajaTestClient.basic;
import static io.mpesagw.simulator.DarajaTestClient.stkQueryBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.PrometheusScrape;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenControlApiTest extends IsolatedSimulatorApiTest {

    private static final String QUERY = "/mpesa/stkpushquery/v1/query";
    private static final String LIFETIME = "/simulator/v1/tokens/lifetime";
    private static final String UNKNOWN_CHECKOUT = stkQueryBody("ws_CO_01012020000000000712999996").toString();

    @AfterEach
    void restoreLifetime() {
        daraja().request("DELETE", LIFETIME, null);
    }

    @Test
    void a_set_lifetime_applies_to_tokens_issued_from_then_on_until_it_is_deleted() {
        String before = daraja().accessToken();

        Reply set = daraja().postJson(LIFETIME, null, "{\"seconds\":4}");

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("seconds").asLong()).isEqualTo(4);
        assertThat(daraja().request("GET", LIFETIME, null).json().get("seconds").asLong()).isEqualTo(4);
        Reply shortLived = oauth();
        assertThat(shortLived.text("expires_in")).as("one second short, as Daraja's 3599").isEqualTo("3");

        clock.advance(Duration.ofSeconds(4));

        assertDarajaError(queryWith(shortLived.text("access_token")), 404, "404.001.03", "Invalid Access Token");
        assertThat(queryWith(before).status()).as("a token keeps the lifetime it was issued with").isEqualTo(400);

        Reply reset = daraja().request("DELETE", LIFETIME, null);

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("seconds").asLong()).as("the test context's TTL").isEqualTo(600);
        assertThat(oauth().text("expires_in")).isEqualTo("599");
    }

    @Test
    void a_lifetime_under_two_seconds_or_missing_is_refused_naming_the_field() {
        for (String body : new String[] {"{\"seconds\":1}", "{\"seconds\":0}", "{}", "{\"seconds\":31536001}"}) {
            Reply refused = daraja().postJson(LIFETIME, null, body);

            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.text("field")).isEqualTo("seconds");
            assertThat(refused.text("message")).contains("from 2", "31536000");
        }
        assertThat(daraja().postJson(LIFETIME, null, "not json").text("field")).isEqualTo("body");
        assertThat(oauth().text("expires_in")).as("nothing changed").isEqualTo("599");
    }

    @Test
    void expiring_all_tokens_makes_every_issued_token_invalid_at_once() {
        String first = daraja().accessToken();
        String second = daraja().accessToken();
        String unknownCheckout = stkQueryBody("ws_CO_01012020000000000712999997").toString();
        assertThat(daraja().postJson(QUERY, "Bearer " + first, unknownCheckout).status()).as("valid token")
                .isEqualTo(400);
        long before = PrometheusScrape.value(daraja().plainText("/actuator/prometheus"),
                "simulator_faults_injected_total{fault=\"tokens-expired\"}");

        Reply expired = daraja().postJson("/simulator/v1/tokens/expire", null, "");

        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.json().get("expired").asInt()).isGreaterThanOrEqualTo(2);
        assertDarajaError(daraja().postJson(QUERY, "Bearer " + first, unknownCheckout), 404, "404.001.03",
                "Invalid Access Token");
        assertDarajaError(daraja().postJson(QUERY, "Bearer " + second, unknownCheckout), 404, "404.001.03",
                "Invalid Access Token");
        assertThat(daraja().postJson(QUERY, "Bearer " + daraja().accessToken(), unknownCheckout).status())
                .as("a fresh token works").isEqualTo(400);
        assertThat(PrometheusScrape.value(daraja().plainText("/actuator/prometheus"),
                "simulator_faults_injected_total{fault=\"tokens-expired\"}")).isEqualTo(before + 1);
    }

    private Reply oauth() {
        Reply reply = daraja().oauth(basic(CONSUMER_KEY, CONSUMER_SECRET), "client_credentials");
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }

    private Reply queryWith(String token) {
        return daraja().postJson(QUERY, "Bearer " + token, UNKNOWN_CHECKOUT);
    }
}
