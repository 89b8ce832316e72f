package io.mpesagw.simulator.reversal;

import static io.mpesagw.simulator.CustomerPayments.paidC2b;
import static io.mpesagw.simulator.CustomerPayments.paidStk;
import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.paidB2c;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.parameters;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.result;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.reversalBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import io.mpesagw.simulator.initiator.InitiatorApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ReversalApiTest extends InitiatorApiTest {

    private static final String PATH = "/mpesa/reversal/v1/request";

    @Test
    void reverses_a_c2b_payment_once_with_the_real_parameter_set() {
        String receipt = paidC2b(daraja(), receiver, "c2b-to-reverse", "600301", "254712010001", 10)
                .get("TransID").asString();

        Reply reply = post(daraja(), PATH, token, reversalBody(receipt, credential, receiver.urlFor("reversed")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("ResponseDescription")).isEqualTo("Accept the service request successfully.");
        JsonNode result = result(receiver.awaitCallback("reversed"));
        assertThat(result.get("ResultCode").isNumber()).isTrue();
        assertThat(result.get("ResultCode").asInt()).isZero();
        assertThat(result.get("TransactionID").asString()).matches("[A-Z][A-L][1-9A-V][0-9][A-Z0-9]{6}")
                .isNotEqualTo(receipt);
        Map<String, JsonNode> parameters = parameters(result);
        assertThat(List.copyOf(parameters.keySet())).containsExactly("DebitAccountBalance", "Amount",
                "TransCompletedTime", "OriginalTransactionID", "Charge", "CreditPartyPublicName",
                "DebitPartyPublicName");
        assertThat(parameters.get("DebitAccountBalance").get("Value").asString())
                .matches("Utility Account\\|KES\\|-?\\d+\\.\\d{2}\\|-?\\d+\\.\\d{2}\\|0\\.00\\|0\\.00");
        JsonNode amount = parameters.get("Amount").get("Value");
        assertThat(amount.isFloatingPointNumber()).isTrue();
        assertThat(amount.asDouble()).isEqualTo(10.0);
        assertThat(parameters.get("TransCompletedTime").get("Value").isIntegralNumber()).isTrue();
        assertThat(parameters.get("OriginalTransactionID").get("Value").asString()).isEqualTo(receipt);
        // The money goes back: the customer is credited, the organisation debited.
        assertThat(parameters.get("CreditPartyPublicName").get("Value").asString())
                .isEqualTo("254712010001 - John Doe");
        assertThat(parameters.get("DebitPartyPublicName").get("Value").asString())
                .isEqualTo("600301 - Safaricom Daraja 301");
        assertThat(result.get("ReferenceData").get("ReferenceItem").get("Value").asString())
                .isEqualTo("https://internalsandbox.safaricom.co.ke/mpesa/reversalresults/v1/submit");

        post(daraja(), PATH, token, reversalBody(receipt, credential, receiver.urlFor("reversed-again")));
        JsonNode again = result(receiver.awaitCallback("reversed-again"));
        assertThat(again.get("ResultCode").isString()).isTrue();
        assertThat(again.get("ResultCode").asString()).isEqualTo("R000001");
        assertThat(again.has("ResultParameters")).isFalse();
    }

    @Test
    void reverses_a_successful_stk_payment_once() {
        String receipt = paidStk(daraja(), receiver, "stk-to-reverse", "254712010002");

        post(daraja(), PATH, token, reversalBody(receipt, credential, receiver.urlFor("stk-reversed")));

        JsonNode result = result(receiver.awaitCallback("stk-reversed"));
        assertThat(result.get("ResultCode").asInt()).isZero();
        Map<String, JsonNode> parameters = parameters(result);
        assertThat(parameters.get("OriginalTransactionID").get("Value").asString()).isEqualTo(receipt);
        assertThat(parameters.get("CreditPartyPublicName").get("Value").asString())
                .isEqualTo("254712010002 - John Doe");
        assertThat(parameters.get("DebitPartyPublicName").get("Value").asString())
                .isEqualTo("174379 - Safaricom Daraja 379");

        post(daraja(), PATH, token, reversalBody(receipt, credential, receiver.urlFor("stk-reversed-again")));
        assertThat(result(receiver.awaitCallback("stk-reversed-again")).get("ResultCode").asString())
                .isEqualTo("R000001");
    }

    @Test
    void refuses_to_reverse_a_b2c_payout_with_2028_every_time() {
        String receipt = paidB2c(daraja(), receiver, "b2c-paid", "254712010003", 10).get("TransactionID").asString();

        post(daraja(), PATH, token, reversalBody(receipt, credential, receiver.urlFor("b2c-reversal")));
        post(daraja(), PATH, token, reversalBody(receipt, credential, receiver.urlFor("b2c-reversal-again")));

        for (String name : List.of("b2c-reversal", "b2c-reversal-again")) {
            JsonNode result = result(receiver.awaitCallback(name));
            assertThat(result.get("ResultCode").isNumber()).as(name).isTrue();
            assertThat(result.get("ResultCode").asInt()).as(name).isEqualTo(2028);
            assertThat(result.get("ResultDesc").asString())
                    .isEqualTo("The request is not permitted according to product assignment.");
            assertThat(result.has("ResultParameters")).isFalse();
        }
    }

    @Test
    void an_unknown_original_transaction_gets_the_string_code_r000002() {
        post(daraja(), PATH, token, reversalBody("UAV1NOTREAL", credential, receiver.urlFor("not-found")));

        JsonNode result = result(receiver.awaitCallback("not-found"));
        assertThat(result.get("ResultCode").isString()).isTrue();
        assertThat(result.get("ResultCode").asString()).isEqualTo("R000002");
        assertThat(result.get("ResultDesc").asString()).isEqualTo("The OriginalTransactionID is invalid.");
        assertThat(result.has("ResultParameters")).isFalse();
    }

    @Test
    void a_wrong_password_gets_2001_before_the_receipt_is_looked_at() {
        String wrong = InitiatorApiSupport.securityCredential(daraja(), "Wrong#1");
        post(daraja(), PATH, token, reversalBody("UAV1NOTREAL", wrong, receiver.urlFor("reversal-2001")));

        JsonNode result = result(receiver.awaitCallback("reversal-2001"));
        assertThat(result.get("ResultCode").isNumber()).isTrue();
        assertThat(result.get("ResultCode").asInt()).isEqualTo(2001);
    }

    @Test
    void the_field_rules_include_daraja_misspelt_reciever_identifier_type() {
        ObjectNode correctlySpelt = reversalBody("X", credential, receiver.urlFor("unused"));
        correctlySpelt.put("ReceiverIdentifierType", correctlySpelt.remove("RecieverIdentifierType").asString());
        ObjectNode b2cSpelling = reversalBody("X", credential, receiver.urlFor("unused"));
        b2cSpelling.put("InitiatorName", b2cSpelling.remove("Initiator").asString());

        assertInvalid(correctlySpelt, "RecieverIdentifierType");
        assertInvalid(b2cSpelling, "Initiator");
        assertInvalid(reversalBody("", credential, receiver.urlFor("unused")), "TransactionID");
        assertInvalid(reversalBody("X", credential, receiver.urlFor("unused")).put("Amount", 0), "Amount");
        assertInvalid(reversalBody("X", credential, receiver.urlFor("unused")).put("ReceiverParty", "2547"),
                "ReceiverParty");
        assertInvalid(reversalBody("X", credential, receiver.urlFor("unused")).put("CommandID", "Reversal"),
                "CommandID");
        assertDarajaError(daraja().postJson(PATH, "Bearer " + token, "not json"), 400, "400.002.05",
                "Invalid Request Payload");
    }

    private void assertInvalid(ObjectNode body, String field) {
        assertDarajaError(post(daraja(), PATH, token, body), 400, "400.002.02", "Bad Request - Invalid " + field);
    }
}
