package io.mpesagw.simulator.stk;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.SimulatorApiTest;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class StkQueryApiTest extends SimulatorApiTest {

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
    void an_unanswered_prompt_is_being_processed_then_expires_as_1037_without_any_callback() {
        String token = daraja().accessToken();
        String checkoutRequestId = daraja()
                .stkPush(token, stkPushBody("254700000005", receiver.urlFor("unanswered"))).text("CheckoutRequestID");

        Reply pending = daraja().stkQuery(token, checkoutRequestId);
        assertDarajaError(pending, 500, "500.001.1001", "The transaction is being processed");
        assertThat(pending.text("requestId")).isEqualTo(checkoutRequestId);

        Reply answered = await().atMost(Duration.ofSeconds(10))
                .until(() -> daraja().stkQuery(token, checkoutRequestId), reply -> reply.status() == 200);
        assertThat(answered.json().get("ResultCode").isString()).isTrue();
        assertThat(answered.text("ResultCode")).isEqualTo("1037");
        assertThat(answered.text("ResultDesc")).isEqualTo("No response from user.");
        assertThat(answered.text("ResponseCode")).isEqualTo("0");
        assertThat(answered.text("CheckoutRequestID")).isEqualTo(checkoutRequestId);
        assertThat(receiver.receivedFor("unanswered")).isEmpty();

        // The expired prompt no longer locks the subscriber.
        assertThat(daraja().stkPush(token, stkPushBody("254700000005", receiver.urlFor("unanswered-again")))
                .status()).isEqualTo(200);
    }

    @Test
    void after_the_callback_the_query_answers_with_string_codes() {
        String token = daraja().accessToken();
        Reply push = daraja().stkPush(token, stkPushBody("254700000002", receiver.urlFor("insufficient")));
        receiver.awaitCallback("insufficient");

        Reply answered = daraja().stkQuery(token, push.text("CheckoutRequestID"));

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("ResponseCode").isString()).isTrue();
        assertThat(answered.json().get("ResultCode").isString()).isTrue();
        assertThat(answered.text("ResultCode")).isEqualTo("1");
        assertThat(answered.text("ResultDesc")).isEqualTo("The balance is insufficient for the transaction.");
        assertThat(answered.text("MerchantRequestID")).isEqualTo(push.text("MerchantRequestID"));
    }

    @Test
    void a_paid_prompt_queries_as_result_code_0() {
        String token = daraja().accessToken();
        Reply push = daraja().stkPush(token, stkPushBody("254712000300", receiver.urlFor("paid")));
        receiver.awaitCallback("paid");

        Reply answered = daraja().stkQuery(token, push.text("CheckoutRequestID"));

        assertThat(answered.text("ResultCode")).isEqualTo("0");
        assertThat(answered.text("ResultDesc")).isEqualTo("The service request is processed successfully.");
    }

    @Test
    void an_unknown_checkout_request_id_is_an_invalid_field() {
        assertDarajaError(daraja().stkQuery(daraja().accessToken(), "ws_CO_01012020000000000712999999"), 400,
                "400.002.02", "Bad Request - Invalid CheckoutRequestID");
    }

    @Test
    void the_query_checks_the_bearer_and_the_password_too() {
        ObjectNode body = DarajaTestClient.stkQueryBody("ws_CO_01012020000000000712999999");
        body.put("Password", "d3Jvbmc=");

        assertDarajaError(daraja().postJson("/mpesa/stkpushquery/v1/query", "Bearer " + daraja().accessToken(),
                body.toString()), 500, "500.001.1001", "Wrong credentials");
        assertDarajaError(daraja().postJson("/mpesa/stkpushquery/v1/query", null, body.toString()), 404,
                "404.001.04", "Invalid Authentication Header");
        assertDarajaError(daraja().request("GET", "/mpesa/stkpushquery/v1/query", "Bearer x"), 405, "405.001",
                "GET Method Not Allowed");
    }
}
