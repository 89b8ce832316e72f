package io.mpesagw.simulator.stk;

import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.daraja.callback.StkCallback;
import io.mpesagw.daraja.callback.StkCallbackReader;
import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.TunedSimulatorApiTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * PUT /simulator/v1/callback-variants: each real form of the Balance item, the Amount number and the
 * 1032/1037 texts, in a known order, read by daraja-client's callback reader too.
 */
class CallbackVariantsApiTest extends TunedSimulatorApiTest {

    private static final String VARIANTS = "/simulator/v1/callback-variants";
    private static final String DEFAULTS = "{\"balance\":\"no_value\",\"amount\":\"integer\",\"texts\":\"first\"}";
    private static final String CANCELLED = "254700000001";
    private static final String TIMED_OUT = "254700000003";
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
    void resetVariants() {
        assertThat(daraja().request("DELETE", VARIANTS, null).status()).isEqualTo(200);
        assertThat(daraja().request("DELETE", "/simulator/v1/outcomes", null).status()).isEqualTo(204);
    }

    @Test
    void the_defaults_are_balance_without_value_an_integer_amount_and_the_first_texts() {
        Reply defaults = daraja().request("GET", VARIANTS, null);

        assertThat(defaults.json().toString()).isEqualTo(DEFAULTS);
        JsonNode items = paidCallbackItems("254712013001", "default");
        assertThat(item(items, "Balance").orElseThrow().has("Value")).isFalse();
        assertThat(item(items, "Amount").orElseThrow().get("Value").isIntegralNumber()).isTrue();
    }

    @Test
    void rotate_gives_balance_without_value_then_zero_then_no_balance_item() throws Exception {
        assertThat(put("{\"balance\":\"rotate\"}").json().toString())
                .isEqualTo("{\"balance\":\"rotate\",\"amount\":\"integer\",\"texts\":\"first\"}");

        JsonNode withoutValue = paidCallbackItems("254712013002", "balance-1");
        JsonNode zero = paidCallbackItems("254712013002", "balance-2");
        JsonNode omitted = paidCallbackItems("254712013002", "balance-3");
        JsonNode again = paidCallbackItems("254712013002", "balance-4");

        assertThat(item(withoutValue, "Balance").orElseThrow().has("Value")).isFalse();
        assertThat(item(zero, "Balance").orElseThrow().get("Value").isIntegralNumber()).isTrue();
        assertThat(item(zero, "Balance").orElseThrow().get("Value").asInt()).isZero();
        assertThat(item(omitted, "Balance")).isEmpty();
        assertThat(names(omitted)).containsExactly("Amount", "MpesaReceiptNumber", "TransactionDate", "PhoneNumber");
        assertThat(item(again, "Balance").orElseThrow().has("Value")).as("starts over").isFalse();
        for (String name : List.of("balance-1", "balance-2", "balance-3")) {
            StkCallback read = StkCallbackReader.read(receiver.awaitCallback(name).body());
            assertThat(read.amount()).isEqualByComparingTo(BigDecimal.TEN);
        }
    }

    @Test
    void a_fixed_balance_form_applies_to_every_callback() {
        put("{\"balance\":\"zero\"}");
        assertThat(item(paidCallbackItems("254712013003", "zero-1"), "Balance").orElseThrow().get("Value").asInt())
                .isZero();
        assertThat(item(paidCallbackItems("254712013003", "zero-2"), "Balance").orElseThrow().has("Value")).isTrue();

        put("{\"balance\":\"omitted\"}");
        assertThat(item(paidCallbackItems("254712013003", "omitted"), "Balance")).isEmpty();
    }

    @Test
    void the_amount_comes_as_a_decimal_number_or_in_turn_integer_and_decimal() throws Exception {
        put("{\"amount\":\"decimal\"}");
        String decimal = paidCallback("254712013004", "decimal").body();
        assertThat(decimal).contains("{\"Name\":\"Amount\",\"Value\":10.00}");
        assertThat(StkCallbackReader.read(decimal).amount()).isEqualByComparingTo(BigDecimal.TEN);

        put("{\"amount\":\"rotate\"}");
        assertThat(paidCallback("254712013004", "amount-1").body()).contains("{\"Name\":\"Amount\",\"Value\":10}");
        assertThat(paidCallback("254712013004", "amount-2").body()).contains("{\"Name\":\"Amount\",\"Value\":10.00}");
        assertThat(paidCallback("254712013004", "amount-3").body()).contains("{\"Name\":\"Amount\",\"Value\":10}");
    }

    @Test
    void rotating_texts_give_every_1032_text_and_the_query_answers_with_the_text_of_the_callback() {
        put("{\"texts\":\"rotate\"}");

        assertThat(declinedTexts(CANCELLED, "1032", 4)).containsExactly("Request cancelled by user",
                "Request Cancelled by user.", "[STK_CB - ]Request cancelled by user", "Request cancelled by user");
    }

    @Test
    void rotating_texts_give_every_1037_text_and_the_query_answers_with_the_text_of_the_callback() {
        put("{\"texts\":\"rotate\"}");

        assertThat(declinedTexts(TIMED_OUT, "1037", 3)).containsExactly("DS timeout user cannot be reached",
                "DS timeout user cannot be reached.", "No response from user.");
    }

    @Test
    void a_scripted_text_is_kept_and_a_scripted_code_without_text_rotates() {
        put("{\"texts\":\"rotate\"}");
        String phone = "254712013005";
        script("{\"phoneNumber\":\"" + phone
                + "\",\"resultCode\":\"1032\",\"resultDesc\":\"Cancelled, says the test\"}");
        script("{\"phoneNumber\":\"" + phone + "\",\"resultCode\":\"1032\"}");
        script("{\"phoneNumber\":\"" + phone + "\",\"resultCode\":\"1032\"}");

        assertThat(declinedTexts(phone, "1032", 3)).containsExactly("Cancelled, says the test",
                "Request cancelled by user", "Request Cancelled by user.");
    }

    @Test
    void first_texts_stay_the_same_and_delete_goes_back_to_the_defaults() {
        put("{\"texts\":\"rotate\",\"balance\":\"omitted\"}");
        Reply reset = daraja().request("DELETE", VARIANTS, null);

        assertThat(reset.json().toString()).isEqualTo(DEFAULTS);
        assertThat(declinedTexts(CANCELLED, "1032", 2)).containsOnly("Request cancelled by user");
        assertThat(item(paidCallbackItems("254712013006", "after-reset"), "Balance").orElseThrow().has("Value"))
                .isFalse();
    }

    @Test
    void a_bad_setting_names_the_field_and_what_is_accepted() {
        Reply badBalance = daraja().putJson(VARIANTS, "{\"balance\":\"null\"}");
        Reply badAmount = daraja().putJson(VARIANTS, "{\"amount\":\"float\"}");
        Reply badTexts = daraja().putJson(VARIANTS, "{\"texts\":\"random\"}");

        assertThat(badBalance.status()).isEqualTo(400);
        assertThat(badBalance.text("field")).isEqualTo("balance");
        assertThat(badBalance.text("message")).isEqualTo("balance must be no_value, zero, omitted or rotate");
        assertThat(badAmount.text("message")).isEqualTo("amount must be integer, decimal or rotate");
        assertThat(badTexts.text("message")).isEqualTo("texts must be first or rotate");
        assertThat(daraja().putJson(VARIANTS, "{\"balance\":").text("field")).isEqualTo("body");
        assertThat(daraja().request("GET", VARIANTS, null).text("balance")).as("unchanged").isEqualTo("no_value");
    }

    /** Pushes to {@code phone} one after another (its prompt must close first); the texts in order. */
    private List<String> declinedTexts(String phone, String code, int pushes) {
        String token = daraja().accessToken();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < pushes; i++) {
            String name = "declined-" + phone + "-" + texts.size() + "-" + System.nanoTime();
            String checkout = daraja().stkPush(token, stkPushBody(phone, receiver.urlFor(name)))
                    .text("CheckoutRequestID");
            JsonNode callback = DarajaTestClient.parse(receiver.awaitCallback(name).body())
                    .get("Body").get("stkCallback");
            assertThat(callback.get("ResultCode").asString()).isEqualTo(code);
            String text = callback.get("ResultDesc").asString();
            Reply query = daraja().stkQuery(token, checkout);
            assertThat(query.text("ResultCode")).isEqualTo(code);
            assertThat(query.text("ResultDesc")).as("the query agrees with the callback").isEqualTo(text);
            texts.add(text);
        }
        return texts;
    }

    /** One successful push; returns its callback. */
    private CallbackReceiver.ReceivedCallback paidCallback(String phone, String name) {
        Reply accepted = daraja().stkPush(daraja().accessToken(), stkPushBody(phone, receiver.urlFor(name)));
        assertThat(accepted.status()).isEqualTo(200);
        // The subscriber lock is released before the callback is sent: the phone can be pushed again.
        return receiver.awaitCallback(name);
    }

    private JsonNode paidCallbackItems(String phone, String name) {
        JsonNode callback = DarajaTestClient.parse(paidCallback(phone, name).body()).get("Body").get("stkCallback");
        assertThat(callback.get("ResultCode").asInt()).isZero();
        return callback.get("CallbackMetadata").get("Item");
    }

    private static Optional<JsonNode> item(JsonNode items, String name) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.get("Name").asString().equals(name)).findFirst();
    }

    private static List<String> names(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("Name").asString()).toList();
    }

    private Reply put(String json) {
        Reply reply = daraja().putJson(VARIANTS, json);
        assertThat(reply.status()).as("%s", reply.json()).isEqualTo(200);
        return reply;
    }

    private void script(String json) {
        assertThat(daraja().postJson("/simulator/v1/outcomes", null, json).status()).isEqualTo(200);
    }
}
