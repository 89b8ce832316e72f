package io.mpesagw.simulator.stk;

import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.SimulatorApiTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Outcomes chosen by the pushed amount: a default table, and scripts set through the control API. */
class StkAmountOutcomeApiTest extends SimulatorApiTest {

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
    void clearScripts() {
        assertThat(daraja().request("DELETE", "/simulator/v1/outcomes", null).status()).isEqualTo(204);
    }

    @ParameterizedTest
    @CsvSource({
        "1032, 254712000701, Request cancelled by user",
        "2001, 254712000702, The initiator information is invalid.",
        "1019, 254712000703, Transaction has expired",
        "1037, 254712000704, DS timeout user cannot be reached"})
    void an_amount_equal_to_a_result_code_ends_with_that_code(long amount, String phone, String resultDesc) {
        JsonNode callback = pushAndAwait(phone, amount, "amount-" + amount);

        assertThat(callback.get("ResultCode").asLong()).isEqualTo(amount);
        assertThat(callback.get("ResultDesc").asString()).isEqualTo(resultDesc);
        assertThat(callback.has("CallbackMetadata")).isFalse();
    }

    @Test
    void a_script_by_amount_applies_to_the_next_push_of_that_amount_only() {
        Reply scripted = script("{\"amount\":777,\"resultCode\":\"1\"}");
        assertThat(scripted.status()).isEqualTo(200);
        assertThat(scripted.json().get("amount").asLong()).isEqualTo(777);
        assertThat(scripted.json().has("phoneNumber")).isFalse();
        assertThat(scripted.text("resultDesc")).isEqualTo("The balance is insufficient for the transaction.");

        assertThat(pushAndAwait("254712000705", 777, "scripted-777").get("ResultCode").asInt()).isEqualTo(1);
        assertThat(pushAndAwait("254712000705", 777, "after-777").get("ResultCode").asInt()).isZero();
    }

    @Test
    void a_script_by_phone_wins_over_a_script_by_amount_and_test_numbers_over_test_amounts() {
        script("{\"amount\":778,\"resultCode\":\"1\"}");
        script("{\"phoneNumber\":\"254712000706\",\"resultCode\":\"2001\"}");

        assertThat(pushAndAwait("254712000706", 778, "phone-first").get("ResultCode").asInt()).isEqualTo(2001);
        assertThat(pushAndAwait("254712000706", 778, "amount-next").get("ResultCode").asInt()).isEqualTo(1);
        // 254700000002 is the insufficient-funds test number; 1032 the cancel test amount.
        assertThat(pushAndAwait("254700000002", 1032, "number-over-amount").get("ResultCode").asInt()).isEqualTo(1);
    }

    @Test
    void a_bad_amount_script_names_the_field() {
        assertThat(script("{\"amount\":10.5,\"resultCode\":\"1\"}").text("field")).isEqualTo("amount");
        assertThat(script("{\"amount\":0,\"resultCode\":\"1\"}").text("field")).isEqualTo("amount");
        assertThat(script("{\"amount\":10,\"phoneNumber\":\"254712000707\",\"resultCode\":\"1\"}").text("field"))
                .isEqualTo("amount");
    }

    private JsonNode pushAndAwait(String phone, long amount, String name) {
        ObjectNode body = stkPushBody(phone, receiver.urlFor(name));
        body.put("Amount", amount);
        assertThat(daraja().stkPush(daraja().accessToken(), body).status()).isEqualTo(200);
        return DarajaTestClient.parse(receiver.awaitCallback(name).body()).get("Body").get("stkCallback");
    }

    private Reply script(String json) {
        return daraja().postJson("/simulator/v1/outcomes", null, json);
    }
}
