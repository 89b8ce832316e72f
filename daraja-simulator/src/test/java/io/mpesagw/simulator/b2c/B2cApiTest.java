package io.mpesagw.simulator.b2c;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.b2cBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.parameters;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.result;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.securityCredential;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.CallbackReceiver.ReceivedCallback;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.SimulatorApiTest;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class B2cApiTest extends SimulatorApiTest {

    static final String V3 = "/mpesa/b2c/v3/paymentrequest";
    static final String V1 = "/mpesa/b2c/v1/paymentrequest";
    private static CallbackReceiver receiver;

    private String token;
    private String credential;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void signIn() {
        InitiatorApiSupport.unlock(daraja());
        token = daraja().accessToken();
        credential = securityCredential(daraja(), InitiatorApiSupport.PASSWORD);
    }

    @Test
    void v3_accepts_a_payment_and_posts_the_success_result_with_every_parameter() {
        String originator = "600992_Test_" + UUID.randomUUID();
        Reply reply = post(daraja(), V3, token, body(originator, "254708374149", "paid"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(fieldNames(reply.json()))
                .containsExactly("ConversationID", "OriginatorConversationID", "ResponseCode", "ResponseDescription");
        assertThat(reply.text("ConversationID")).matches("AG_20\\d{6}_[0-9a-f]{20}");
        assertThat(reply.text("OriginatorConversationID")).isEqualTo(originator);
        assertThat(reply.json().get("ResponseCode").isString()).isTrue();
        assertThat(reply.text("ResponseCode")).isEqualTo("0");
        assertThat(reply.text("ResponseDescription")).isEqualTo("Accept the service request successfully.");

        ReceivedCallback callback = receiver.awaitCallback("paid");
        assertThat(callback.method()).isEqualTo("POST");
        assertThat(callback.contentType()).isEqualTo("application/json");
        assertThat(callback.sourceAddress()).isEqualTo(CALLBACK_SOURCE);
        JsonNode result = result(callback);
        assertThat(fieldNames(result)).containsExactly("ResultType", "ResultCode", "ResultDesc",
                "OriginatorConversationID", "ConversationID", "TransactionID", "ResultParameters", "ReferenceData");
        assertThat(result.get("ResultType").isNumber()).isTrue();
        assertThat(result.get("ResultType").asInt()).isZero();
        assertThat(result.get("ResultCode").isNumber()).isTrue();
        assertThat(result.get("ResultCode").asInt()).isZero();
        assertThat(result.get("ResultDesc").asString()).isEqualTo("The service request is processed successfully.");
        assertThat(result.get("OriginatorConversationID").asString()).isEqualTo(originator);
        assertThat(result.get("ConversationID").asString()).isEqualTo(reply.text("ConversationID"));
        String receipt = result.get("TransactionID").asString();
        assertThat(receipt).matches("[A-Z][A-L][1-9A-V][0-9][A-Z0-9]{6}");

        Map<String, JsonNode> parameters = parameters(result);
        // The order of a real production result (daraja-facts.md 6.3); clients must look items up by Key.
        assertThat(parameters.keySet()).containsExactly("ReceiverPartyPublicName", "TransactionCompletedDateTime",
                "B2CUtilityAccountAvailableFunds", "B2CWorkingAccountAvailableFunds",
                "B2CRecipientIsRegisteredCustomer", "B2CChargesPaidAccountAvailableFunds", "TransactionAmount",
                "TransactionReceipt");
        assertThat(value(parameters, "ReceiverPartyPublicName").asString()).isEqualTo("254708374149 - John Doe");
        assertThat(value(parameters, "TransactionCompletedDateTime").asString())
                .matches("\\d{2}\\.\\d{2}\\.20\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(value(parameters, "B2CUtilityAccountAvailableFunds").isNumber()).isTrue();
        assertThat(value(parameters, "B2CWorkingAccountAvailableFunds").isNumber()).isTrue();
        assertThat(value(parameters, "B2CChargesPaidAccountAvailableFunds").isNumber()).isTrue();
        assertThat(value(parameters, "B2CRecipientIsRegisteredCustomer").asString()).isEqualTo("Y");
        assertThat(value(parameters, "TransactionAmount").isIntegralNumber()).isTrue();
        assertThat(value(parameters, "TransactionAmount").asLong()).isEqualTo(10);
        assertThat(value(parameters, "TransactionReceipt").asString()).isEqualTo(receipt);

        JsonNode reference = result.get("ReferenceData").get("ReferenceItem");
        assertThat(reference.get("Key").asString()).isEqualTo("QueueTimeoutURL");
        assertThat(reference.get("Value").asString())
                .isEqualTo("https://internalsandbox.safaricom.co.ke/mpesa/b2cresults/v1/submit");
    }

    @Test
    void v1_makes_up_the_originator_conversation_id_and_never_calls_it_a_duplicate() {
        ObjectNode body = body("ignored", "254708374149", "v1-first");
        body.remove("OriginatorConversationID");
        body.remove("Occassion");
        body.put("Occasion", "v1 spelling");

        Reply first = post(daraja(), V1, token, body);
        Reply second = post(daraja(), V1, token, body.put("ResultURL", receiver.urlFor("v1-second")));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(first.text("OriginatorConversationID")).matches("\\d{5}-\\d{8}-1");
        assertThat(second.text("OriginatorConversationID")).isNotEqualTo(first.text("OriginatorConversationID"));
        JsonNode result = result(receiver.awaitCallback("v1-first"));
        assertThat(result.get("OriginatorConversationID").asString()).isEqualTo(first.text("OriginatorConversationID"));
        assertThat(result.get("ResultCode").asInt()).isZero();
        receiver.awaitCallback("v1-second");
    }

    @Test
    void a_reused_originator_conversation_id_is_a_duplicate_on_v3() {
        String originator = "dup-" + UUID.randomUUID();
        assertThat(post(daraja(), V3, token, body(originator, "254708374149", "dup-1")).status()).isEqualTo(200);

        assertDarajaError(post(daraja(), V3, token, body(originator, "254708374149", "dup-2")), 500,
                "500.002.1001", "Duplicate OriginatorConversationID.");
    }

    @Test
    void a_wrong_initiator_password_gets_result_2001_without_parameters() {
        ObjectNode body = body("wrong-" + UUID.randomUUID(), "254708374149", "wrong-password");
        body.put("SecurityCredential", securityCredential(daraja(), "NotThePassword1#"));

        assertThat(post(daraja(), V3, token, body).status()).isEqualTo(200);

        JsonNode result = result(receiver.awaitCallback("wrong-password"));
        assertThat(result.get("ResultCode").isNumber()).isTrue();
        assertThat(result.get("ResultCode").asInt()).isEqualTo(2001);
        assertThat(result.get("ResultDesc").asString()).isEqualTo("The initiator information is invalid.");
        assertThat(result.has("ResultParameters")).isFalse();
        assertThat(result.get("TransactionID").asString()).hasSize(10);
        assertThat(result.get("ReferenceData").get("ReferenceItem").get("Key").asString()).isEqualTo("QueueTimeoutURL");
    }

    @Test
    void an_unknown_initiator_name_gets_result_2001_too() {
        ObjectNode body = body("name-" + UUID.randomUUID(), "254708374149", "wrong-name");
        body.put("InitiatorName", "someoneelse");

        post(daraja(), V3, token, body);

        assertThat(result(receiver.awaitCallback("wrong-name")).get("ResultCode").asInt()).isEqualTo(2001);
    }

    @Test
    void the_failing_test_numbers_get_their_result_codes_as_typed_by_daraja() {
        post(daraja(), V3, token, body("poor-" + UUID.randomUUID(), "254700000011", "insufficient"));
        post(daraja(), V3, token, body("op-" + UUID.randomUUID(), "254700000013", "no-operator"));

        JsonNode insufficient = result(receiver.awaitCallback("insufficient"));
        assertThat(insufficient.get("ResultCode").isNumber()).isTrue();
        assertThat(insufficient.get("ResultCode").asInt()).isEqualTo(1);
        assertThat(insufficient.get("ResultDesc").asString())
                .isEqualTo("The balance is insufficient for the transaction.");
        assertThat(insufficient.has("ResultParameters")).isFalse();
        JsonNode noOperator = result(receiver.awaitCallback("no-operator"));
        assertThat(noOperator.get("ResultCode").isString()).isTrue();
        assertThat(noOperator.get("ResultCode").asString()).isEqualTo("SFC_IC0003");
    }

    private ObjectNode body(String originator, String partyB, String name) {
        return b2cBody(originator, partyB, credential, receiver.urlFor(name), receiver.urlFor(name + "-timeout"));
    }

    static JsonNode value(Map<String, JsonNode> parameters, String key) {
        assertThat(parameters).containsKey(key);
        return parameters.get(key).get("Value");
    }

    static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
