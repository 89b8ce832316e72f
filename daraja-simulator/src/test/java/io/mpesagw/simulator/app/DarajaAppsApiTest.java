package io.mpesagw.simulator.app;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.b2cBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.result;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.securityCredential;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.statusBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Several Daraja apps, one per gateway merchant: tokens, STK shortcodes and passkeys, B2C initiators. */
class DarajaAppsApiTest extends IsolatedSimulatorApiTest {

    static final MerchantApp DUKA = new MerchantApp("duka-key", "duka-secret", "600100",
            "4f0c2a9e7b1d83c5a6e2f90d1b7c4a38e5f6d2c1b0a9f8e7d6c5b4a39281706f", "duka_api", "Duka#2026%");
    private static final String STK_PUSH = "/mpesa/stkpush/v1/processrequest";
    private static final String STK_QUERY = "/mpesa/stkpushquery/v1/query";
    private static CallbackReceiver receiver;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void forgetApps() {
        assertThat(daraja().request("DELETE", MerchantApp.APPS, null).status()).isEqualTo(204);
        InitiatorApiSupport.unlock(daraja());
    }

    @Test
    void a_registered_app_gets_tokens_and_its_pushes_to_its_shortcode_are_counted_on_it() {
        Reply registered = DUKA.register(daraja());
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().toString()).isEqualTo("{\"shortcode\":\"600100\",\"consumerKey\":\"duka-key\"}");

        String token = DUKA.token(daraja());
        Reply pushed = push(token, DUKA.stkPush("254712001001", receiver.urlFor("duka-paid"), DUKA.passkey()));
        assertThat(pushed.status()).as("%s", pushed.json()).isEqualTo(200);
        assertThat(pushed.text("ResponseCode")).isEqualTo("0");
        JsonNode callback = DarajaTestClient.parse(receiver.awaitCallback("duka-paid").body()).get("Body");
        assertThat(callback.get("stkCallback").get("ResultCode").asInt()).isZero();
        Reply queried = daraja().postJson(STK_QUERY, "Bearer " + token,
                DUKA.stkQuery(pushed.text("CheckoutRequestID")).toString());
        assertThat(queried.status()).isEqualTo(200);
        assertThat(queried.text("ResultCode")).isEqualTo("0");

        JsonNode duka = MerchantApp.listed(daraja(), "duka-key").orElseThrow();
        assertThat(duka.toString()).isEqualTo("{\"consumerKey\":\"duka-key\",\"shortcode\":\"600100\","
                + "\"oauthCalls\":1,\"stkPushes\":1,\"stkQueries\":1,\"b2cRequests\":0}");
        JsonNode first = daraja().request("GET", MerchantApp.APPS, null).json().get("apps").get(0);
        assertThat(first.get("consumerKey").asString()).isEqualTo(CONSUMER_KEY);
        assertThat(first.get("shortcode").asString()).isEqualTo(DarajaTestClient.SHORTCODE);
    }

    @Test
    void a_password_made_with_another_passkey_than_the_shortcodes_is_wrong_credentials() {
        DUKA.register(daraja());
        String token = DUKA.token(daraja());

        Reply wrong = push(token, DUKA.stkPush("254712001002", receiver.urlFor("duka-wrong"), "not-dukas-passkey"));
        assertDarajaError(wrong, 500, "500.001.1001", "Wrong credentials");
        // The environment's passkey does not open a registered shortcode either.
        Reply envPasskey = push(token, DUKA.stkPush("254712001002", receiver.urlFor("duka-wrong"),
                DarajaTestClient.PASSKEY));
        assertDarajaError(envPasskey, 500, "500.001.1001", "Wrong credentials");
        assertThat(MerchantApp.listed(daraja(), "duka-key").orElseThrow().get("stkPushes").asLong()).isEqualTo(2);
    }

    @Test
    void a_shortcode_no_app_holds_is_merchant_does_not_exist() {
        DUKA.register(daraja());
        MerchantApp stranger = new MerchantApp("x", "y", "600999", DUKA.passkey(), "z", "w");

        Reply unknown = push(DUKA.token(daraja()), stranger.stkPush("254712001003", receiver.urlFor("nobody"),
                DUKA.passkey()));
        assertDarajaError(unknown, 500, "500.001.1001", "Merchant does not exist");
    }

    @Test
    void another_apps_token_may_push_to_a_registered_shortcode_and_is_counted_on_the_tokens_app() {
        DUKA.register(daraja());
        long envPushes = MerchantApp.listed(daraja(), CONSUMER_KEY).orElseThrow().get("stkPushes").asLong();

        Reply pushed = push(daraja().accessToken(),
                DUKA.stkPush("254712001004", receiver.urlFor("cross-app"), DUKA.passkey()));
        assertThat(pushed.status()).isEqualTo(200);
        receiver.awaitCallback("cross-app");
        assertThat(MerchantApp.listed(daraja(), CONSUMER_KEY).orElseThrow().get("stkPushes").asLong())
                .isGreaterThan(envPushes);
        assertThat(MerchantApp.listed(daraja(), "duka-key").orElseThrow().get("stkPushes").asLong()).isZero();
    }

    @Test
    void b2c_and_transaction_status_accept_the_registered_initiator_and_refuse_its_wrong_password() {
        DUKA.register(daraja());
        String token = DUKA.token(daraja());
        String credential = securityCredential(daraja(), DUKA.initiatorPassword());

        Reply paid = post(daraja(), "/mpesa/b2c/v3/paymentrequest", token, dukaPayout("duka-b2c", credential));
        assertThat(paid.status()).isEqualTo(200);
        JsonNode payout = result(receiver.awaitCallback("duka-b2c"));
        assertThat(payout.get("ResultCode").asInt()).isZero();
        ObjectNode status = statusBody(payout.get("TransactionID").asString(), credential,
                receiver.urlFor("duka-status")).put("Initiator", DUKA.initiatorName()).put("PartyA", DUKA.shortcode());
        assertThat(post(daraja(), "/mpesa/transactionstatus/v1/query", token, status).status()).isEqualTo(200);
        assertThat(result(receiver.awaitCallback("duka-status")).get("ResultCode").asInt()).isZero();

        String wrong = securityCredential(daraja(), InitiatorApiSupport.PASSWORD);
        post(daraja(), "/mpesa/b2c/v3/paymentrequest", token, dukaPayout("duka-b2c-wrong", wrong));
        assertThat(result(receiver.awaitCallback("duka-b2c-wrong")).get("ResultCode").asInt()).isEqualTo(2001);
        assertThat(MerchantApp.listed(daraja(), "duka-key").orElseThrow().get("b2cRequests").asLong()).isEqualTo(2);
    }

    @Test
    void delete_forgets_registered_apps_their_tokens_and_shortcodes_but_keeps_the_environments() {
        DUKA.register(daraja());
        String dukaToken = DUKA.token(daraja());

        assertThat(daraja().request("DELETE", MerchantApp.APPS, null).status()).isEqualTo(204);

        assertDarajaError(DUKA.oauth(daraja()), 400, "400.008.01", "Invalid Authentication passed");
        assertDarajaError(push(dukaToken, DUKA.stkPush("254712001005", receiver.urlFor("gone"), DUKA.passkey())),
                404, "404.001.03", "Invalid Access Token");
        assertDarajaError(push(daraja().accessToken(),
                DUKA.stkPush("254712001005", receiver.urlFor("gone"), DUKA.passkey())),
                500, "500.001.1001", "Merchant does not exist");
        JsonNode apps = daraja().request("GET", MerchantApp.APPS, null).json().get("apps");
        assertThat(apps.size()).isEqualTo(1);
        assertThat(apps.get(0).get("consumerKey").asString()).isEqualTo(CONSUMER_KEY);
    }

    private Reply push(String token, ObjectNode body) {
        return daraja().postJson(STK_PUSH, "Bearer " + token, body.toString());
    }

    private static ObjectNode dukaPayout(String name, String credential) {
        return b2cBody("duka-" + UUID.randomUUID(), "254708374149", credential, receiver.urlFor(name),
                receiver.urlFor(name + "-timeout")).put("InitiatorName", DUKA.initiatorName())
                .put("PartyA", DUKA.shortcode());
    }
}
