package io.mpesagw.simulator.oauth;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.SimulatorApiTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OAuthApiTest extends SimulatorApiTest {

    private static final String GOOD_BASIC = DarajaTestClient.basic(CONSUMER_KEY, CONSUMER_SECRET);

    @Test
    void issues_a_28_character_token_with_expires_in_as_a_string() {
        Reply reply = daraja().oauth(GOOD_BASIC, "client_credentials");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("access_token").asString()).matches("[A-Za-z0-9]{28}");
        assertThat(reply.json().get("expires_in").isString()).isTrue();
        assertThat(reply.text("expires_in")).isEqualTo("599"); // test TTL 600 s, minus one like Daraja's 3599
    }

    @Test
    void rejects_a_wrong_secret_with_400_008_01() {
        Reply reply = daraja().oauth(DarajaTestClient.basic(CONSUMER_KEY, "wrong"), "client_credentials");

        assertDarajaError(reply, 400, "400.008.01", "Invalid Authentication passed");
    }

    @Test
    void rejects_a_missing_or_non_basic_authorization_with_400_008_01() {
        assertDarajaError(daraja().oauth(null, "client_credentials"), 400, "400.008.01",
                "Invalid Authentication passed");
        assertDarajaError(daraja().oauth("Bearer something", "client_credentials"), 400, "400.008.01",
                "Invalid Authentication passed");
    }

    @Test
    void rejects_a_wrong_or_missing_grant_type_with_400_008_02() {
        assertDarajaError(daraja().oauth(GOOD_BASIC, "password"), 400, "400.008.02", "Invalid grant type passed");
        assertDarajaError(daraja().oauth(GOOD_BASIC, null), 400, "400.008.02", "Invalid grant type passed");
    }

    @Test
    void tokens_expire_after_their_lifetime_and_several_are_valid_at_once() {
        DarajaTestClient daraja = daraja();
        String older = daraja.accessToken();
        String newer = daraja.accessToken();
        assertThat(newer).isNotEqualTo(older);
        assertThat(unknownCheckoutQuery(older).text("errorCode")).isEqualTo("400.002.02");
        assertThat(unknownCheckoutQuery(newer).text("errorCode")).isEqualTo("400.002.02");

        clock.advance(Duration.ofSeconds(600));

        assertDarajaError(unknownCheckoutQuery(older), 404, "404.001.03", "Invalid Access Token");
        assertDarajaError(unknownCheckoutQuery(newer), 404, "404.001.03", "Invalid Access Token");
        assertThat(unknownCheckoutQuery(daraja.accessToken()).status()).isEqualTo(400);
    }

    /** A query for an id that does not exist: passes the bearer check, then fails with 400. */
    private Reply unknownCheckoutQuery(String token) {
        return daraja().stkQuery(token, "ws_CO_01012026000000000708374149");
    }
}
