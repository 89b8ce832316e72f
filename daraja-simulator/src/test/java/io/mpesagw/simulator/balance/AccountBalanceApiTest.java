package io.mpesagw.simulator.balance;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.balanceBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.paidB2c;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.parameters;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import io.mpesagw.simulator.initiator.InitiatorApiTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class AccountBalanceApiTest extends InitiatorApiTest {

    private static final String PATH = "/mpesa/accountbalance/v1/query";
    /** Name, currency, then four amounts: "Utility Account|KES|228037.00|228037.00|0.00|0.00". */
    private static final String ACCOUNT = "[A-Za-z ]+\\|KES(\\|-?\\d+\\.\\d{2}){4}";

    @AfterEach
    void unlock() {
        InitiatorApiSupport.unlock(daraja());
    }

    @Test
    void answers_with_the_account_balance_string_and_bo_completed_time() {
        Reply reply = post(daraja(), PATH, token, balanceBody(credential, receiver.urlFor("balance")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("ResponseCode")).isEqualTo("0");
        JsonNode result = result(receiver.awaitCallback("balance"));
        assertThat(result.get("ResultCode").asInt()).isZero();
        assertThat(result.get("ConversationID").asString()).isEqualTo(reply.text("ConversationID"));
        Map<String, JsonNode> parameters = parameters(result);
        assertThat(List.copyOf(parameters.keySet())).containsExactly("AccountBalance", "BOCompletedTime");
        String balance = parameters.get("AccountBalance").get("Value").asString();
        String[] accounts = balance.split("&");
        assertThat(accounts).hasSize(5).allMatch(account -> account.matches(ACCOUNT));
        assertThat(accounts).extracting(account -> account.split("\\|")[0]).containsExactly("Working Account",
                "Float Account", "Utility Account", "Charges Paid Account", "Organization Settlement Account");
        JsonNode completed = parameters.get("BOCompletedTime").get("Value");
        assertThat(completed.isIntegralNumber()).isTrue();
        assertThat(completed.asString()).matches("20\\d{12}");
        JsonNode reference = result.get("ReferenceData").get("ReferenceItem");
        assertThat(reference.get("Value").asString())
                .isEqualTo("https://internalsandbox.safaricom.co.ke/mpesa/abresults/v1/submit");
    }

    @Test
    void a_b2c_payout_leaves_the_utility_account() {
        BigDecimal before = utility("before-payout");
        paidB2c(daraja(), receiver, "payout", "254712000701", 1000);

        assertThat(utility("after-payout")).isEqualByComparingTo(before.subtract(new BigDecimal("1000")));
    }

    @Test
    void a_failed_query_carries_its_one_result_parameter_as_an_object_not_an_array() {
        String wrong = InitiatorApiSupport.securityCredential(daraja(), "Wrong#1");
        post(daraja(), PATH, token, balanceBody(wrong, receiver.urlFor("balance-2001")));

        JsonNode result = result(receiver.awaitCallback("balance-2001"));
        assertThat(result.get("ResultCode").asInt()).isEqualTo(2001);
        JsonNode parameter = result.get("ResultParameters").get("ResultParameter");
        assertThat(parameter.isObject()).isTrue();
        assertThat(parameter.get("Key").asString()).isEqualTo("BOCompletedTime");
        assertThat(parameter.get("Value").isIntegralNumber()).isTrue();
    }

    @Test
    void a_locked_api_user_gets_8006_with_the_captured_parameters() {
        String wrong = InitiatorApiSupport.securityCredential(daraja(), "Wrong#1");
        for (int attempt = 1; attempt <= InitiatorApiSupport.LOCK_AFTER; attempt++) {
            post(daraja(), PATH, token, balanceBody(wrong, receiver.urlFor("lock-" + attempt)));
        }
        post(daraja(), PATH, token, balanceBody(credential, receiver.urlFor("balance-8006")));

        JsonNode result = result(receiver.awaitCallback("balance-8006"));
        assertThat(result.get("ResultCode").asInt()).isEqualTo(8006);
        Map<String, JsonNode> parameters = parameters(result);
        assertThat(List.copyOf(parameters.keySet())).containsExactly("ActionType", "ErrorMsg", "BOCompletedTime");
        assertThat(parameters.get("ActionType").get("Value").asString()).isEqualTo("AccountBalance");
        assertThat(result.get("ReferenceData").get("ReferenceItem").has("Value")).isFalse();
    }

    @Test
    void the_field_rules() {
        ObjectNode withoutIdentifier = balanceBody(credential, receiver.urlFor("unused"));
        withoutIdentifier.remove("IdentifierType");

        assertInvalid(withoutIdentifier, "IdentifierType");
        assertInvalid(balanceBody(credential, receiver.urlFor("unused")).put("CommandID", "Balance"), "CommandID");
        assertInvalid(balanceBody("", receiver.urlFor("unused")), "SecurityCredential");
        assertInvalid(balanceBody(credential, receiver.urlFor("unused")).put("QueueTimeOutURL", "x"),
                "QueueTimeOutURL");
        assertDarajaError(daraja().post(PATH, "Bearer " + token, "text/plain", "{}"), 400, "400.002.02",
                "Bad Request - Invalid BusinessShortCode");
        assertDarajaError(daraja().postJson(PATH, "Bearer nope", "{}"), 401, "401.002.01",
                "Error Occurred - Invalid Access Token - nope");
    }

    private BigDecimal utility(String name) {
        post(daraja(), PATH, token, balanceBody(credential, receiver.urlFor(name)));
        String balance = parameters(result(receiver.awaitCallback(name))).get("AccountBalance").get("Value")
                .asString();
        return new BigDecimal(balance.split("&")[2].split("\\|")[2]);
    }

    private void assertInvalid(ObjectNode body, String field) {
        assertDarajaError(post(daraja(), PATH, token, body), 400, "400.002.02", "Bad Request - Invalid " + field);
    }
}
