package io.mpesagw.simulator;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.DarajaTestClient.basic;
import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.b2cBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.parameters;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.result;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.securityCredential;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import io.mpesagw.simulator.mode.SimulatorMode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator fidelity checklist of daraja-facts.md section 13, one test per bullet, each behaviour
 * asserted in its simplest form; the comments name the classes that test it in depth. Isolated:
 * it arms faults, changes the callback delay, expires tokens and locks the initiator.
 */
@ExtendWith(OutputCaptureExtension.class)
class FidelityChecklistTest extends IsolatedSimulatorApiTest {

    private static final String PUSH = "/mpesa/stkpush/v1/processrequest";
    private static final String B2C = "/mpesa/b2c/v3/paymentrequest";
    private static final String STK_FLAVOUR = "404.001.03";
    private static final String INITIATOR_FLAVOUR = "401.002.01";
    /** Every Daraja API but OAuth, and the bearer flavour it answers a bad token with. */
    private static final Map<String, String> TOKEN_ERROR_BY_PATH = Map.ofEntries(
            entry(PUSH, STK_FLAVOUR), entry("/mpesa/stkpushquery/v1/query", STK_FLAVOUR),
            entry("/mpesa/c2b/v1/registerurl", STK_FLAVOUR), entry("/mpesa/c2b/v2/registerurl", STK_FLAVOUR),
            entry("/mpesa/c2b/v1/simulate", STK_FLAVOUR), entry("/mpesa/c2b/v2/simulate", STK_FLAVOUR),
            entry(B2C, INITIATOR_FLAVOUR), entry("/mpesa/b2c/v1/paymentrequest", INITIATOR_FLAVOUR),
            entry("/mpesa/transactionstatus/v1/query", INITIATOR_FLAVOUR),
            entry("/mpesa/accountbalance/v1/query", INITIATOR_FLAVOUR),
            entry("/mpesa/reversal/v1/request", INITIATOR_FLAVOUR));
    private static CallbackReceiver receiver;
    private static MerchantEndpoint merchant;

    @BeforeAll
    static void startEndpoints() throws IOException {
        receiver = new CallbackReceiver();
        merchant = new MerchantEndpoint();
    }

    @AfterAll
    static void stopEndpoints() {
        receiver.close();
        merchant.close();
    }

    @AfterEach
    void restoreGlobalState() {
        daraja().request("DELETE", "/simulator/v1/faults", null);
        daraja().request("DELETE", "/simulator/v1/callbacks/faults", null);
        daraja().request("DELETE", "/simulator/v1/callbacks/delay", null);
        InitiatorApiSupport.unlock(daraja());
        clock.resume();
        daraja().request("DELETE", "/simulator/v1/rate-limit", null);
        daraja().request("DELETE", "/simulator/v1/stk/long-text", null);
        daraja().request("DELETE", "/simulator/v1/callback-variants", null);
    }

    @Test
    void oauth_takes_basic_auth_answers_a_string_expires_in_and_expires_tokens_for_real() {
        // In depth: oauth.OAuthApiTest, contract.OAuthContractTest
        Reply issued = daraja().oauth(basic(CONSUMER_KEY, CONSUMER_SECRET), "client_credentials");
        String token = issued.text("access_token");

        assertThat(issued.json().get("expires_in").isString()).isTrue();
        assertThat(issued.text("expires_in")).isEqualTo("599");
        assertDarajaError(daraja().oauth("Bearer " + token, "client_credentials"), 400, "400.008.01",
                "Invalid Authentication passed");
        assertDarajaError(daraja().oauth(basic(CONSUMER_KEY, "wrong"), "client_credentials"), 400, "400.008.01",
                "Invalid Authentication passed");
        assertDarajaError(daraja().oauth(basic(CONSUMER_KEY, CONSUMER_SECRET), "password"), 400, "400.008.02",
                "Invalid grant type passed");
        clock.advance(Duration.ofSeconds(590));
        assertThat(daraja().stkQuery(token, "ws_CO_01012020000000000712012000").status())
                .as("still valid: the unknown CheckoutRequestID is the refusal").isEqualTo(400);
        clock.advance(Duration.ofSeconds(10));
        assertDarajaError(daraja().stkQuery(token, "ws_CO_01012020000000000712012000"), 404, "404.001.03",
                "Invalid Access Token");
    }

    @Test
    void every_api_checks_bearer_then_method_then_content_type_and_answers_in_the_daraja_envelope() {
        // In depth: stk.StkPushValidationApiTest, b2c.B2cValidationApiTest, c2b.C2bRegisterUrlApiTest
        String bearer = "Bearer " + daraja().accessToken();
        TOKEN_ERROR_BY_PATH.forEach((path, flavour) -> {
            Reply stale = daraja().postJson(path, "Bearer stale", "{}");
            if (flavour.equals(STK_FLAVOUR)) {
                assertDarajaError(stale, 404, STK_FLAVOUR, "Invalid Access Token");
            } else {
                assertDarajaError(stale, 401, INITIATOR_FLAVOUR, "Error Occurred - Invalid Access Token - stale");
            }
            assertDarajaError(daraja().request("GET", path, bearer), 405, "405.001", "GET Method Not Allowed");
            assertDarajaError(daraja().post(path, bearer, "text/plain", "{}"), 400, "400.002.02",
                    "Bad Request - Invalid BusinessShortCode");
        });
        assertDarajaError(daraja().postJson("/mpesa/nothing/v1/here", bearer, "{}"), 404, "404.001.01",
                "Resource not found");
    }

    @Test
    void stk_checks_its_request_like_daraja_and_answers_by_typed_callback_and_string_coded_query() {
        String token = daraja().accessToken();
        // In depth: stk.StkPushApiTest (merchant), stk.StkPushValidationApiTest (fields)
        assertDarajaError(daraja().stkPush(token, body("254712012001").put("Password", "d3Jvbmc=")), 500,
                "500.001.1001", "Wrong credentials");
        assertDarajaError(daraja().stkPush(token, body("254712012001").put("BusinessShortCode", "600000")), 500,
                "500.001.1001", "Merchant does not exist");
        assertInvalid(token, body("254712012001").put("PhoneNumber", "0712012001"), "PhoneNumber");
        assertInvalid(token, body("254712012001").put("PartyA", "254812012001"), "PartyA");
        for (String amount : List.of("0", "250001", "10.5")) {
            assertInvalid(token, body("254712012001").put("Amount", amount), "Amount");
        }
        assertInvalid(token, body("254712012001").put("CallBackURL", "example.com/callback"), "CallBackURL");
        // https only in production mode; in depth: mode.ProductionModeApiTest
        assertThat(SimulatorMode.PRODUCTION.requiresHttpsCallbackUrls()).isTrue();
        assertInvalid(token, body("254712012001").put("AccountReference", "REFERENCE-13C"), "AccountReference");
        assertInvalid(token, body("254712012001").put("TransactionDesc", "Description-14"), "TransactionDesc");
        // In depth: stk.LongTextApiTest
        overLongTextsCanBeAcceptedAndCutInstead(token);
        // In depth: stk.StkQueryApiTest, fault.ApiFaultApiTest
        oneOpenPromptPerSubscriberAndTheQueryWaitsForIt(token);
        spikeArrestWhenArmed(token);
        // In depth: fault.RateLimitApiTest, fault.RequestRateLimitTest
        spikeArrestFromAnOptionalRateLimit();
        // In depth: control.CallbackControlApiTest, stk.StkPushApiTest
        theCallbackComesAfterTheConfiguredDelayWithDarajaTypes(token);
        // In depth: stk.CallbackVariantsApiTest
        balanceCanCarryValueZero(token);
        scriptedOutcomesIncludingBoth1037Texts(token);
        callbacksCanBeDuplicatedOrDropped(token);
    }

    @Test
    void outcomes_are_deterministic_by_phone_and_amount_and_scriptable_through_test_control() {
        // In depth: control.ControlApiTest, stk.StkAmountOutcomeApiTest, b2c.B2cOutcomeScriptApiTest
        String token = daraja().accessToken();
        script("/simulator/v1/outcomes", "{\"phoneNumber\":\"254712012030\",\"resultCode\":\"2001\"}");
        script("/simulator/v1/outcomes", "{\"amount\":4321,\"resultCode\":\"1\"}");
        script("/simulator/v1/b2c-outcomes", "{\"partyB\":\"254712012032\",\"resultCode\":\"1\"}");

        daraja().stkPush(token, stkPushBody("254700000001", receiver.urlFor("by-test-number")));
        daraja().stkPush(token, body("254712012033").put("Amount", 1019).put("CallBackURL", receiver.urlFor("1019")));
        daraja().stkPush(token, stkPushBody("254712012030", receiver.urlFor("by-phone")));
        daraja().stkPush(token, body("254712012031").put("Amount", 4321).put("CallBackURL", receiver.urlFor("4321")));
        post(daraja(), B2C, token, b2cBody("fidelity-" + UUID.randomUUID(), "254712012032",
                securityCredential(daraja(), InitiatorApiSupport.PASSWORD), receiver.urlFor("b2c-scripted"),
                receiver.urlFor("b2c-scripted-timeout")));

        assertThat(stkCallback("by-test-number").get("ResultCode").asInt()).isEqualTo(1032);
        assertThat(stkCallback("1019").get("ResultCode").asInt()).isEqualTo(1019);
        assertThat(stkCallback("by-phone").get("ResultCode").asInt()).isEqualTo(2001);
        assertThat(stkCallback("4321").get("ResultCode").asInt()).isEqualTo(1);
        assertThat(result(receiver.awaitCallback("b2c-scripted")).get("ResultCode").asInt()).isEqualTo(1);
    }

    @Test
    void b2c_dedupes_its_id_checks_the_credential_locks_the_initiator_and_answers_by_result_or_timeout() {
        // In depth: b2c.B2cValidationApiTest, b2c.B2cApiTest, initiator.SecurityCredentialApiTest
        String token = daraja().accessToken();
        String right = securityCredential(daraja(), InitiatorApiSupport.PASSWORD);
        String wrong = securityCredential(daraja(), "Wrong#1");
        String id = "fidelity-" + UUID.randomUUID();
        ObjectNode withoutId = b2cBody(id, "254712012050", right, receiver.urlFor("x"), receiver.urlFor("y"));
        withoutId.remove("OriginatorConversationID");

        assertDarajaError(post(daraja(), B2C, token, withoutId), 400, "400.002.02",
                "Bad Request - Invalid OriginatorConversationID");
        assertThat(post(daraja(), B2C, token, b2cPayout(id, "254712012050", right, "b2c-paid")).status())
                .isEqualTo(200);
        assertDarajaError(post(daraja(), B2C, token, b2cPayout(id, "254712012050", right, "b2c-again")), 500,
                "500.002.1001", "Duplicate OriginatorConversationID.");
        assertThat(List.copyOf(parameters(result(receiver.awaitCallback("b2c-paid"))).keySet())).containsExactly(
                "ReceiverPartyPublicName", "TransactionCompletedDateTime", "B2CUtilityAccountAvailableFunds",
                "B2CWorkingAccountAvailableFunds", "B2CRecipientIsRegisteredCustomer",
                "B2CChargesPaidAccountAvailableFunds", "TransactionAmount", "TransactionReceipt");

        post(daraja(), B2C, token, b2cPayout("fidelity-" + UUID.randomUUID(), "254712012051", wrong, "b2c-2001"));
        assertThat(result(receiver.awaitCallback("b2c-2001")).get("ResultCode").asInt()).isEqualTo(2001);
        for (int attempt = 2; attempt <= InitiatorApiSupport.LOCK_AFTER; attempt++) {
            post(daraja(), B2C, token, b2cPayout("fidelity-" + UUID.randomUUID(), "254712012051", wrong, "lock"));
        }
        post(daraja(), B2C, token, b2cPayout("fidelity-" + UUID.randomUUID(), "254712012051", right, "b2c-8006"));
        assertThat(result(receiver.awaitCallback("b2c-8006")).get("ResultCode").asInt()).isEqualTo(8006);
        InitiatorApiSupport.unlock(daraja());

        post(daraja(), B2C, token, b2cPayout("fidelity-" + UUID.randomUUID(), "254700000014", right, "b2c-late"));
        assertThat(result(receiver.awaitCallback("b2c-late-timeout")).get("ResultCode").asInt()).isEqualTo(9999);
        assertThat(receiver.receivedFor("b2c-late")).as("nothing at ResultURL").isEmpty();
    }

    @Test
    void callbacks_are_json_posts_from_loopback_whose_answer_body_is_ignored_and_status_logged(
            CapturedOutput output) {
        // In depth: stk.StkPushApiTest, control.CallbackControlApiTest
        String token = daraja().accessToken();
        merchant.answer("garbage", "<html>not what Daraja expects</html>");
        daraja().stkPush(token, stkPushBody("254712012060", receiver.urlFor("plain")));
        String checkout = daraja().stkPush(token, stkPushBody("254712012061", merchant.urlFor("garbage")))
                .text("CheckoutRequestID");

        CallbackReceiver.ReceivedCallback plain = receiver.awaitCallback("plain");
        assertThat(plain.method()).isEqualTo("POST");
        assertThat(plain.contentType()).isEqualTo("application/json");
        assertThat(plain.sourceAddress()).startsWith("127.");
        URI garbage = URI.create(merchant.urlFor("garbage"));
        String logged = "Callback " + checkout + " to " + garbage.getScheme() + "://" + garbage.getAuthority()
                + " answered HTTP 200";
        await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().contains(logged));
        assertThat(merchant.receivedFor("garbage")).as("sent once, never retried").hasSize(1);
    }

    private void oneOpenPromptPerSubscriberAndTheQueryWaitsForIt(String token) {
        script("/simulator/v1/outcomes",
                "{\"phoneNumber\":\"254712012002\",\"resultCode\":\"1032\",\"callback\":false}");
        String checkout = daraja().stkPush(token, body("254712012002")).text("CheckoutRequestID");

        assertDarajaError(daraja().stkPush(token, body("254712012002")), 500, "500.001.1001",
                "Unable to lock subscriber, a transaction is already in process for the current subscriber");
        Reply pending = daraja().stkQuery(token, checkout);
        assertDarajaError(pending, 500, "500.001.1001", "The transaction is being processed");
        assertThat(pending.text("requestId")).isEqualTo(checkout);
        Reply settled = await().atMost(Duration.ofSeconds(10))
                .until(() -> daraja().stkQuery(token, checkout), reply -> reply.status() == 200);
        assertThat(settled.json().get("ResultCode").isString()).isTrue();
        assertThat(settled.text("ResultCode")).isEqualTo("1032");
    }

    private void spikeArrestWhenArmed(String token) {
        script("/simulator/v1/faults", "{\"fault\":\"spike-arrest\",\"path\":\"" + PUSH + "\"}");
        assertDarajaError(daraja().stkPush(token, body("254712012003")), 500, "500.003.02",
                "Error Occurred: Spike Arrest Violation");
    }

    private void overLongTextsCanBeAcceptedAndCutInstead(String token) {
        assertThat(daraja().putJson("/simulator/v1/stk/long-text", "{\"longText\":\"truncate\"}").status())
                .isEqualTo(200);
        ObjectNode longTexts = stkPushBody("254712012004", receiver.urlFor("cut"))
                .put("AccountReference", "REFERENCE-13C").put("TransactionDesc", "Description-14");
        assertThat(daraja().stkPush(token, longTexts).status()).isEqualTo(200);
        receiver.awaitCallback("cut");
        assertThat(daraja().request("DELETE", "/simulator/v1/stk/long-text", null).text("longText"))
                .isEqualTo("reject");
    }

    private void spikeArrestFromAnOptionalRateLimit() {
        clock.freeze();
        assertThat(daraja().putJson("/simulator/v1/rate-limit", "{\"tps\":1}").status()).isEqualTo(200);
        assertThat(daraja().oauth(basic(CONSUMER_KEY, CONSUMER_SECRET), "client_credentials").status())
                .isEqualTo(200);
        assertDarajaError(daraja().oauth(basic(CONSUMER_KEY, CONSUMER_SECRET), "client_credentials"), 500,
                "500.003.02", "Error Occurred: Spike Arrest Violation");
        clock.resume();
        assertThat(daraja().request("DELETE", "/simulator/v1/rate-limit", null).json().get("tps").asInt())
                .as("off by default").isZero();
    }

    private void balanceCanCarryValueZero(String token) {
        assertThat(daraja().putJson("/simulator/v1/callback-variants", "{\"balance\":\"zero\"}").status())
                .isEqualTo(200);
        daraja().stkPush(token, stkPushBody("254712012013", receiver.urlFor("balance-zero")));
        Map<String, JsonNode> items = new HashMap<>();
        stkCallback("balance-zero").get("CallbackMetadata").get("Item")
                .forEach(item -> items.put(item.get("Name").asString(), item));
        assertThat(items.get("Balance").get("Value").asInt()).isZero();
        daraja().request("DELETE", "/simulator/v1/callback-variants", null);
    }

    private void theCallbackComesAfterTheConfiguredDelayWithDarajaTypes(String token) {
        assertThat(daraja().putJson("/simulator/v1/callbacks/delay", "{\"delayMs\":1000}").status()).isEqualTo(200);
        long start = System.nanoTime();
        daraja().stkPush(token, stkPushBody("254712012010", receiver.urlFor("typed")));
        JsonNode callback = stkCallback("typed");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
        assertThat(callback.get("ResultCode").isIntegralNumber()).isTrue();
        Map<String, JsonNode> items = new HashMap<>();
        callback.get("CallbackMetadata").get("Item").forEach(item -> items.put(item.get("Name").asString(), item));
        assertThat(items.get("Amount").get("Value").isNumber()).isTrue();
        assertThat(items.get("MpesaReceiptNumber").get("Value").isString()).isTrue();
        assertThat(items.get("Balance").has("Value")).as("Balance without Value").isFalse();
        assertThat(items.get("TransactionDate").get("Value").isIntegralNumber()).isTrue();
        assertThat(items.get("PhoneNumber").get("Value").asLong()).isEqualTo(254712012010L);
    }

    private void scriptedOutcomesIncludingBoth1037Texts(String token) {
        Map<String, String> outcomeByPhone = Map.of(
                "254712012020", "{\"resultCode\":\"1032\"}",
                "254712012021", "{\"resultCode\":\"1037\",\"resultDesc\":\"DS timeout user cannot be reached.\"}",
                "254712012022", "{\"resultCode\":\"1037\",\"resultDesc\":\"No response from user.\"}",
                "254712012023", "{\"resultCode\":\"1025\"}",
                "254712012024", "{\"resultCode\":\"0\"}");
        outcomeByPhone.forEach((phone, outcome) -> {
            script("/simulator/v1/outcomes", "{\"phoneNumber\":\"" + phone + "\"," + outcome.substring(1));
            daraja().stkPush(token, stkPushBody(phone, receiver.urlFor("scripted-" + phone)));
        });
        outcomeByPhone.forEach((phone, outcome) -> {
            JsonNode callback = stkCallback("scripted-" + phone);
            JsonNode expected = DarajaTestClient.parse(outcome);
            assertThat(callback.get("ResultCode").asString()).isEqualTo(expected.get("resultCode").asString());
            if (expected.has("resultDesc")) {
                assertThat(callback.get("ResultDesc").asString()).isEqualTo(expected.get("resultDesc").asString());
            }
        });
    }

    private void callbacksCanBeDuplicatedOrDropped(String token) {
        script("/simulator/v1/callbacks/faults", "{\"kind\":\"stk\",\"action\":\"duplicate\"}");
        daraja().stkPush(token, stkPushBody("254712012011", receiver.urlFor("twice")));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedFor("twice").size() == 2);

        long dropped = injected("callback-drop");
        script("/simulator/v1/callbacks/faults", "{\"kind\":\"stk\",\"action\":\"drop\"}");
        String checkout = daraja().stkPush(token, stkPushBody("254712012012", receiver.urlFor("never")))
                .text("CheckoutRequestID");
        await().atMost(Duration.ofSeconds(10)).until(() -> injected("callback-drop") == dropped + 1);
        assertThat(receiver.receivedFor("never")).isEmpty();
        assertThat(daraja().stkQuery(token, checkout).text("ResultCode")).as("the query still learns it")
                .isEqualTo("0");
    }

    private ObjectNode body(String phone) {
        return stkPushBody(phone, receiver.urlFor("unused"));
    }

    private ObjectNode b2cPayout(String id, String partyB, String credential, String name) {
        return b2cBody(id, partyB, credential, receiver.urlFor(name), receiver.urlFor(name + "-timeout"));
    }

    private void assertInvalid(String token, ObjectNode body, String field) {
        assertDarajaError(daraja().stkPush(token, body), 400, "400.002.02", "Bad Request - Invalid " + field);
    }

    private JsonNode stkCallback(String name) {
        return DarajaTestClient.parse(receiver.awaitCallback(name).body()).get("Body").get("stkCallback");
    }

    private void script(String path, String json) {
        Reply reply = daraja().postJson(path, null, json);
        assertThat(reply.status()).as("%s %s", path, reply.json()).isEqualTo(200);
    }

    private long injected(String fault) {
        return PrometheusScrape.value(daraja().plainText("/actuator/prometheus"),
                "simulator_faults_injected_total{fault=\"" + fault + "\"}");
    }
}
