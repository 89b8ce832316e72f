package io.mpesagw.simulator.control;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.DarajaTestClient.stkQueryBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.PrometheusScrape;
import org.junit.jupiter.api.Test;

class TokenControlApiTest extends IsolatedSimulatorApiTest {

    private static final String QUERY = "/mpesa/stkpushquery/v1/query";

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
}
