package io.mpesagw.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /simulator/v1/apps: what it refuses, and what registering a consumer key again does. */
class AppRegistrationApiTest extends IsolatedSimulatorApiTest {

    private static final MerchantApp DUKA = DarajaAppsApiTest.DUKA;

    @AfterEach
    void forgetApps() {
        assertThat(daraja().request("DELETE", MerchantApp.APPS, null).status()).isEqualTo(204);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"consumerSecret\":\"s\",\"shortcode\":\"600100\",\"passkey\":\"p\"}|consumerKey",
        "{\"consumerKey\":\"a:b\",\"consumerSecret\":\"s\",\"shortcode\":\"600100\",\"passkey\":\"p\"}|consumerKey",
        "{\"consumerKey\":\"k\",\"shortcode\":\"600100\",\"passkey\":\"p\"}|consumerSecret",
        "{\"consumerKey\":\"k\",\"consumerSecret\":\"s\",\"shortcode\":\"6001\",\"passkey\":\"p\"}|shortcode",
        "{\"consumerKey\":\"k\",\"consumerSecret\":\"s\",\"shortcode\":\"60010000\",\"passkey\":\"p\"}|shortcode",
        "{\"consumerKey\":\"k\",\"consumerSecret\":\"s\",\"shortcode\":\"6001a0\",\"passkey\":\"p\"}|shortcode",
        "{\"consumerKey\":\"k\",\"consumerSecret\":\"s\",\"shortcode\":\"600100\"}|passkey",
        "{\"consumerKey\":\"k\",\"consumerSecret\":\"s\",\"shortcode\":\"600100\",\"passkey\":\"p\",\"initiatorName\":\"api\"}|initiatorPassword",
        "{\"consumerKey\":\"k\",\"consumerSecret\":\"s\",\"shortcode\":\"600100\",\"passkey\":\"p\",\"initiatorPassword\":\"pw\"}|initiatorName",
        "{\"consumerKey\":\"k\",\"consumerSecret\":\"s\",\"shortcode\":\"600100\",\"passkey\":\"p\",\"initiatorName\":\"\",\"initiatorPassword\":\"pw\"}|initiatorName",
        "{\"consumerKey\":\"test-consumer-key\",\"consumerSecret\":\"s\",\"shortcode\":\"600100\",\"passkey\":\"p\"}|consumerKey",
        "not json|body"
    })
    void refuses_a_bad_registration_naming_the_field(String body, String field) {
        Reply refused = daraja().postJson(MerchantApp.APPS, null, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo(field);
        assertThat(refused.text("message")).isNotBlank().doesNotContain("\"s\"");
        assertThat(MerchantApp.listed(daraja(), "k")).isEmpty();
    }

    @Test
    void the_initiator_pair_is_optional_and_a_shortcode_may_come_as_a_number() {
        Reply registered = daraja().postJson(MerchantApp.APPS, null,
                "{\"consumerKey\":\"till-key\",\"consumerSecret\":\"till-secret\",\"shortcode\":600200,\"passkey\":\"pk\"}");

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.text("shortcode")).isEqualTo("600200");
        assertThat(MerchantApp.listed(daraja(), "till-key")).isPresent();
    }

    @Test
    void a_shortcode_keeps_one_passkey_and_an_initiator_one_password_across_apps() {
        assertThat(DUKA.register(daraja()).status()).isEqualTo(201);

        Reply otherPasskey = new MerchantApp("other-key", "s", DUKA.shortcode(), "another-passkey", "x", "y")
                .register(daraja());
        assertThat(otherPasskey.status()).isEqualTo(400);
        assertThat(otherPasskey.text("field")).isEqualTo("passkey");
        Reply otherPassword = new MerchantApp("other-key", "s", "600300", "pk", InitiatorApiSupport.INITIATOR,
                "not-the-env-password").register(daraja());
        assertThat(otherPassword.status()).isEqualTo(400);
        assertThat(otherPassword.text("field")).isEqualTo("initiatorPassword");
        // Sharing both with the same secret is fine: sandbox apps all use 174379 and its public passkey.
        Reply sharing = new MerchantApp("sharing-key", "s", DarajaTestClient.SHORTCODE, DarajaTestClient.PASSKEY,
                InitiatorApiSupport.INITIATOR, InitiatorApiSupport.PASSWORD).register(daraja());
        assertThat(sharing.status()).isEqualTo(201);
    }

    @Test
    void registering_a_consumer_key_again_replaces_the_app() {
        DUKA.register(daraja());
        DUKA.token(daraja());
        MerchantApp moved = new MerchantApp(DUKA.consumerKey(), "new-secret", "600400", "pk2", "duka_api2", "pw2");

        assertThat(moved.register(daraja()).status()).isEqualTo(201);

        assertThat(DUKA.oauth(daraja()).status()).isEqualTo(400);
        assertThat(moved.oauth(daraja()).status()).isEqualTo(200);
        assertThat(MerchantApp.listed(daraja(), DUKA.consumerKey()).orElseThrow().toString())
                .isEqualTo("{\"consumerKey\":\"duka-key\",\"shortcode\":\"600400\",\"oauthCalls\":1,\"stkPushes\":0,"
                        + "\"stkQueries\":0,\"b2cRequests\":0}");
    }
}
