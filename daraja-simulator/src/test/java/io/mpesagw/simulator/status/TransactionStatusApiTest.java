package io.mpesagw.simulator.status;

import static io.mpesagw.simulator.CustomerPayments.paidC2b;
import static io.mpesagw.simulator.CustomerPayments.paidStk;
import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.b2cBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.paidB2c;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.parameters;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.result;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.statusBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import io.mpesagw.simulator.initiator.InitiatorApiTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TransactionStatusApiTest extends InitiatorApiTest {

    private static final String PATH = "/mpesa/transactionstatus/v1/query";

    @Test
    void finds_a_b2c_payment_by_receipt_and_reports_every_parameter() {
        JsonNode paid = paidB2c(daraja(), receiver, "status-paid", "254712000601", 150);
        String receipt = paid.get("TransactionID").asString();

        Reply reply = post(daraja(), PATH, token, statusBody(receipt, credential, receiver.urlFor("status-1")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().propertyNames().stream().toList())
                .containsExactly("OriginatorConversationID", "ConversationID", "ResponseCode", "ResponseDescription");
        assertThat(reply.text("ResponseCode")).isEqualTo("0");
        assertThat(reply.text("ResponseDescription")).isEqualTo("Accept the service request successfully.");
        JsonNode result = result(receiver.awaitCallback("status-1"));
        assertThat(result.get("ResultCode").asInt()).isZero();
        assertThat(result.get("OriginatorConversationID").asString()).isEqualTo(reply.text("OriginatorConversationID"));
        assertThat(result.get("ConversationID").asString()).isEqualTo(reply.text("ConversationID"));
        assertThat(result.get("TransactionID").asString()).matches("[A-Z][A-L][1-9A-V]0000000");
        Map<String, JsonNode> parameters = parameters(result);
        assertThat(List.copyOf(parameters.keySet())).containsExactly("DebitPartyName", "CreditPartyName",
                "OriginatorConversationID", "InitiatedTime", "DebitAccountType", "DebitPartyCharges",
                "TransactionReason", "ReasonType", "TransactionStatus", "FinalisedTime", "Amount", "ConversationID",
                "ReceiptNo");
        assertThat(value(parameters, "ReceiptNo").asString()).isEqualTo(receipt);
        assertThat(value(parameters, "TransactionStatus").asString()).isEqualTo("Completed");
        assertThat(value(parameters, "Amount").isIntegralNumber()).isTrue();
        assertThat(value(parameters, "Amount").asLong()).isEqualTo(150);
        assertThat(value(parameters, "FinalisedTime").isNumber()).isTrue();
        assertThat(value(parameters, "FinalisedTime").asString()).matches("20\\d{12}");
        assertThat(value(parameters, "InitiatedTime").isNumber()).isTrue();
        assertThat(value(parameters, "CreditPartyName").asString()).isEqualTo("254712000601 - John Doe");
        assertThat(value(parameters, "DebitPartyName").asString()).startsWith("600992 - ");
        assertThat(value(parameters, "DebitPartyCharges").asString())
                .matches("Fee For B2C Payment\\|KES\\|\\d+\\.\\d{2}");
        assertThat(value(parameters, "ReasonType").asString()).isEqualTo("Business Payment to Customer via API");
        assertThat(parameters.get("TransactionReason").has("Value")).isFalse();
        assertThat(value(parameters, "OriginatorConversationID").asString())
                .isEqualTo(paid.get("OriginatorConversationID").asString());
        assertThat(value(parameters, "ConversationID").asString()).isEqualTo(paid.get("ConversationID").asString());
        JsonNode reference = result.get("ReferenceData").get("ReferenceItem");
        assertThat(reference.get("Key").asString()).isEqualTo("Occasion");
        assertThat(reference.get("Value").asString()).isEqualTo("OK");
    }

    @Test
    void finds_a_b2c_payment_by_the_callers_original_conversation_id() {
        JsonNode paid = paidB2c(daraja(), receiver, "status-by-id-paid", "254712000602", 20);
        ObjectNode body = statusBody("", credential, receiver.urlFor("status-by-id"))
                .put("OriginalConversationID", paid.get("OriginatorConversationID").asString());
        body.remove("TransactionID");
        body.remove("Occasion");

        post(daraja(), PATH, token, body);

        JsonNode result = result(receiver.awaitCallback("status-by-id"));
        assertThat(result.get("ResultCode").asInt()).isZero();
        assertThat(value(parameters(result), "ReceiptNo").asString()).isEqualTo(paid.get("TransactionID").asString());
        assertThat(result.get("ReferenceData").get("ReferenceItem").has("Value")).isFalse();
    }

    @Test
    void a_timed_out_b2c_is_found_completed_by_its_original_conversation_id() {
        String originator = "timeout-" + UUID.randomUUID();
        post(daraja(), "/mpesa/b2c/v3/paymentrequest", token, b2cBody(originator, "254700000014", credential,
                receiver.urlFor("to-result"), receiver.urlFor("to-queue")));
        receiver.awaitCallback("to-queue");
        ObjectNode body = statusBody("", credential, receiver.urlFor("status-after-timeout"))
                .put("OriginalConversationID", originator);

        post(daraja(), PATH, token, body);

        JsonNode result = result(receiver.awaitCallback("status-after-timeout"));
        assertThat(result.get("ResultCode").asInt()).isZero();
        assertThat(value(parameters(result), "TransactionStatus").asString()).isEqualTo("Completed");
    }

    @Test
    void finds_a_c2b_payment_with_the_customer_as_the_debit_party() {
        String receipt = paidC2b(daraja(), receiver, "status-c2b-paid", "600302", "254712010011", 35)
                .get("TransID").asString();

        post(daraja(), PATH, token, statusBody(receipt, credential, receiver.urlFor("status-c2b")));

        Map<String, JsonNode> parameters = parameters(result(receiver.awaitCallback("status-c2b")));
        assertThat(value(parameters, "ReceiptNo").asString()).isEqualTo(receipt);
        assertThat(value(parameters, "DebitPartyName").asString()).isEqualTo("254712010011 - John Doe");
        assertThat(value(parameters, "CreditPartyName").asString()).isEqualTo("600302 - Safaricom Daraja 302");
        assertThat(value(parameters, "Amount").asLong()).isEqualTo(35);
        assertThat(value(parameters, "ReasonType").asString()).isEqualTo("Pay Bill");
        assertThat(parameters.get("OriginatorConversationID").has("Value")).as("C2B has none").isFalse();
        assertThat(parameters.get("DebitPartyCharges").has("Value")).as("no B2C fee").isFalse();
    }

    @Test
    void finds_a_successful_stk_payment_by_its_receipt() {
        String receipt = paidStk(daraja(), receiver, "status-stk-paid", "254712010012");

        post(daraja(), PATH, token, statusBody(receipt, credential, receiver.urlFor("status-stk")));

        Map<String, JsonNode> parameters = parameters(result(receiver.awaitCallback("status-stk")));
        assertThat(value(parameters, "TransactionStatus").asString()).isEqualTo("Completed");
        assertThat(value(parameters, "DebitPartyName").asString()).isEqualTo("254712010012 - John Doe");
        assertThat(value(parameters, "CreditPartyName").asString()).startsWith("174379 - ");
    }

    @Test
    void an_unknown_receipt_gets_2032_without_parameters() {
        post(daraja(), PATH, token, statusBody("UAV1XXXXXX", credential, receiver.urlFor("status-unknown")));

        JsonNode result = result(receiver.awaitCallback("status-unknown"));
        assertThat(result.get("ResultCode").isNumber()).isTrue();
        assertThat(result.get("ResultCode").asInt()).isEqualTo(2032);
        assertThat(result.get("ResultDesc").asString()).isEqualTo("The transaction receipt number does not exist.");
        assertThat(result.has("ResultParameters")).isFalse();
        assertThat(result.get("ReferenceData").get("ReferenceItem").get("Key").asString()).isEqualTo("Occasion");
    }

    @Test
    void a_wrong_password_gets_2001() {
        String wrong = InitiatorApiSupport.securityCredential(daraja(), "Wrong#1");
        post(daraja(), PATH, token, statusBody("UAV1XXXXXX", wrong, receiver.urlFor("status-2001")));

        assertThat(result(receiver.awaitCallback("status-2001")).get("ResultCode").asInt()).isEqualTo(2001);
    }

    @Test
    void the_field_rules_and_the_initiator_spelling_trap() {
        ObjectNode b2cSpelling = statusBody("X", credential, receiver.urlFor("unused"));
        b2cSpelling.put("InitiatorName", b2cSpelling.remove("Initiator").asString());
        ObjectNode neither = statusBody("X", credential, receiver.urlFor("unused"));
        neither.remove("TransactionID");

        assertInvalid(b2cSpelling, "Initiator");
        assertInvalid(neither, "TransactionID");
        assertInvalid(statusBody("X", credential, receiver.urlFor("unused")).put("CommandID", "Status"), "CommandID");
        assertInvalid(statusBody("X", credential, receiver.urlFor("unused")).put("IdentifierType", "3"),
                "IdentifierType");
        assertInvalid(statusBody("X", credential, receiver.urlFor("unused")).put("PartyA", "abc"), "PartyA");
        assertInvalid(statusBody("X", credential, "mydomain.com/result"), "ResultURL");
        assertInvalid(statusBody("X", credential, receiver.urlFor("unused")).put("Remarks", ""), "Remarks");
    }

    @Test
    void a_bad_token_gets_401_002_01() {
        assertDarajaError(daraja().postJson(PATH, "Bearer stale", statusBody("X", credential, "http://x/y").toString()),
                401, "401.002.01", "Error Occurred - Invalid Access Token - stale");
    }

    private void assertInvalid(ObjectNode body, String field) {
        assertDarajaError(post(daraja(), PATH, token, body), 400, "400.002.02", "Bad Request - Invalid " + field);
    }

    private static JsonNode value(Map<String, JsonNode> parameters, String key) {
        assertThat(parameters).containsKey(key);
        return parameters.get(key).get("Value");
    }
}
