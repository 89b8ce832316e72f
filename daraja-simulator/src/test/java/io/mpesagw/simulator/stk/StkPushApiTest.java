package io.mpesagw.simulator.stk;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.CallbackReceiver.ReceivedCallback;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.SimulatorApiTest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class StkPushApiTest extends SimulatorApiTest {

    private static final String PUSH_PATH = "/mpesa/stkpush/v1/processrequest";
    private static CallbackReceiver receiver;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void accepts_a_push_and_posts_a_success_callback_with_the_real_shape() {
        String phone = "254712000001";
        Reply reply = daraja().stkPush(daraja().accessToken(), stkPushBody(phone, receiver.urlFor("paid")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("MerchantRequestID")).matches("[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\d+");
        assertThat(reply.text("CheckoutRequestID")).matches("ws_CO_\\d{14}\\d{1,3}712000001");
        assertThat(reply.json().get("ResponseCode").isString()).isTrue();
        assertThat(reply.text("ResponseCode")).isEqualTo("0");
        assertThat(reply.text("ResponseDescription")).isEqualTo("Success. Request accepted for processing");
        assertThat(reply.text("CustomerMessage")).isEqualTo("Success. Request accepted for processing");

        ReceivedCallback callback = receiver.awaitCallback("paid");
        assertThat(callback.method()).isEqualTo("POST");
        assertThat(callback.contentType()).isEqualTo("application/json");
        assertThat(callback.sourceAddress()).isEqualTo(CALLBACK_SOURCE);
        JsonNode stk = DarajaTestClient.parse(callback.body()).get("Body").get("stkCallback");
        assertThat(stk.get("MerchantRequestID").asString()).isEqualTo(reply.text("MerchantRequestID"));
        assertThat(stk.get("CheckoutRequestID").asString()).isEqualTo(reply.text("CheckoutRequestID"));
        assertThat(stk.get("ResultCode").isNumber()).isTrue();
        assertThat(stk.get("ResultCode").asInt()).isZero();
        assertThat(stk.get("ResultDesc").asString()).isEqualTo("The service request is processed successfully.");

        Map<String, JsonNode> items = itemsByName(stk);
        assertThat(items).containsOnlyKeys("Amount", "MpesaReceiptNumber", "Balance", "TransactionDate", "PhoneNumber");
        assertThat(items.get("Amount").get("Value").isNumber()).isTrue();
        assertThat(items.get("Amount").get("Value").asLong()).isEqualTo(10);
        assertThat(items.get("MpesaReceiptNumber").get("Value").asString())
                .matches("[A-Z][A-L][1-9A-V][0-9][A-Z0-9]{6}");
        assertThat(items.get("Balance").has("Value")).isFalse();
        assertThat(items.get("TransactionDate").get("Value").isNumber()).isTrue();
        assertThat(items.get("TransactionDate").get("Value").asString()).matches("20\\d{12}");
        assertThat(items.get("PhoneNumber").get("Value").isNumber()).isTrue();
        assertThat(items.get("PhoneNumber").get("Value").asLong()).isEqualTo(254712000001L);
    }

    @Test
    void the_cancel_test_number_gets_1032_without_callback_metadata() {
        Reply reply = daraja().stkPush(daraja().accessToken(),
                stkPushBody("254700000001", receiver.urlFor("cancelled")));
        assertThat(reply.status()).isEqualTo(200);

        JsonNode stk = DarajaTestClient.parse(receiver.awaitCallback("cancelled").body())
                .get("Body").get("stkCallback");
        assertThat(stk.get("ResultCode").isNumber()).isTrue();
        assertThat(stk.get("ResultCode").asInt()).isEqualTo(1032);
        assertThat(stk.get("ResultDesc").asString()).isEqualTo("Request cancelled by user");
        assertThat(stk.has("CallbackMetadata")).isFalse();
    }

    @Test
    void a_wrong_password_is_refused_with_wrong_credentials() {
        ObjectNode body = stkPushBody("254712000002", receiver.urlFor("unused"));
        body.put("Password", DarajaTestClient.PASSWORD.replace('M', 'N'));

        assertDarajaError(daraja().stkPush(daraja().accessToken(), body), 500, "500.001.1001", "Wrong credentials");
    }

    @Test
    void an_unknown_shortcode_is_refused_with_merchant_does_not_exist() {
        ObjectNode body = stkPushBody("254712000003", receiver.urlFor("unused"));
        body.put("BusinessShortCode", "600000");

        assertDarajaError(daraja().stkPush(daraja().accessToken(), body), 500, "500.001.1001",
                "Merchant does not exist");
    }

    @Test
    void a_second_push_while_a_prompt_is_open_cannot_lock_the_subscriber() {
        String phone = "254112000004";
        String token = daraja().accessToken();
        // An unanswered prompt stays open for the whole prompt expiry, so the check below cannot race it.
        assertThat(daraja().postJson("/simulator/v1/outcomes", null,
                "{\"phoneNumber\":\"" + phone + "\",\"resultCode\":\"1037\",\"callback\":false}").status())
                .isEqualTo(200);
        assertThat(daraja().stkPush(token, stkPushBody(phone, receiver.urlFor("locked-1"))).status()).isEqualTo(200);

        assertDarajaError(daraja().stkPush(token, stkPushBody(phone, receiver.urlFor("locked-2"))), 500,
                "500.001.1001",
                "Unable to lock subscriber, a transaction is already in process for the current subscriber");
    }

    @Test
    void the_subscriber_is_free_again_once_the_callback_is_sent() {
        String phone = "254112000005";
        String token = daraja().accessToken();
        assertThat(daraja().stkPush(token, stkPushBody(phone, receiver.urlFor("free-1"))).status()).isEqualTo(200);
        receiver.awaitCallback("free-1");

        assertThat(daraja().stkPush(token, stkPushBody(phone, receiver.urlFor("free-2"))).status()).isEqualTo(200);
        receiver.awaitCallback("free-2");
    }

    @Test
    void a_body_not_sent_as_json_gets_daraja_misleading_invalid_business_short_code() {
        String body = stkPushBody("254712000005", receiver.urlFor("unused")).toString();
        String bearer = "Bearer " + daraja().accessToken();

        assertDarajaError(daraja().post(PUSH_PATH, bearer, "text/plain", body), 400, "400.002.02",
                "Bad Request - Invalid BusinessShortCode");
        assertDarajaError(daraja().post(PUSH_PATH, bearer, "application/x-www-form-urlencoded", body), 400,
                "400.002.02", "Bad Request - Invalid BusinessShortCode");
    }

    @Test
    void malformed_json_is_an_invalid_request_payload() {
        assertDarajaError(daraja().postJson(PUSH_PATH, "Bearer " + daraja().accessToken(), "{\"BusinessShortCode\":"),
                400, "400.002.05", "Invalid Request Payload");
    }

    @Test
    void a_non_post_method_gets_405_and_without_a_header_invalid_authentication_header() {
        String bearer = "Bearer " + daraja().accessToken();

        assertDarajaError(daraja().request("GET", PUSH_PATH, bearer), 405, "405.001", "GET Method Not Allowed");
        assertDarajaError(daraja().request("PUT", PUSH_PATH, bearer), 405, "405.001", "PUT Method Not Allowed");
        assertDarajaError(daraja().request("GET", PUSH_PATH, null), 404, "404.001.04", "Invalid Authentication Header");
    }

    @Test
    void the_bearer_is_checked_before_anything_else() {
        String body = stkPushBody("254712000006", receiver.urlFor("unused")).toString();

        assertDarajaError(daraja().postJson(PUSH_PATH, null, body), 404, "404.001.04",
                "Invalid Authentication Header");
        assertDarajaError(daraja().postJson(PUSH_PATH, "Basic abc", body), 404, "404.001.04",
                "Invalid Authentication Header");
        assertDarajaError(daraja().post(PUSH_PATH, "Bearer notatoken", "text/plain", "{"), 404, "404.001.03",
                "Invalid Access Token");
    }

    @Test
    void amounts_may_be_json_numbers_or_numeric_strings() {
        String token = daraja().accessToken();
        ObjectNode asNumber = stkPushBody("254712000007", receiver.urlFor("number-amount"));
        asNumber.put("Amount", 1);
        assertThat(daraja().stkPush(token, asNumber).status()).isEqualTo(200);

        JsonNode stk = DarajaTestClient.parse(receiver.awaitCallback("number-amount").body()).get("Body")
                .get("stkCallback");
        assertThat(itemsByName(stk).get("Amount").get("Value").asLong()).isEqualTo(1);
    }

    static Map<String, JsonNode> itemsByName(JsonNode stkCallback) {
        Map<String, JsonNode> items = new HashMap<>();
        stkCallback.get("CallbackMetadata").get("Item").forEach(item -> items.put(item.get("Name").asString(), item));
        return items;
    }
}
