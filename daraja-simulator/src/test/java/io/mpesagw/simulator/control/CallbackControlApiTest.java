package io.mpesagw.simulator.control;

import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.MerchantEndpoint;
import io.mpesagw.simulator.callback.CallbackKind;
import io.mpesagw.simulator.callback.CallbackSender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Dropped and duplicated callbacks of every kind, and the callback delay, changed at run time. */
class CallbackControlApiTest extends IsolatedSimulatorApiTest {

    private static CallbackReceiver receiver;
    private static MerchantEndpoint merchant;

    @Autowired
    private CallbackSender callbackSender;

    @LocalServerPort
    private int serverPort;

    @BeforeAll
    static void startReceivers() throws IOException {
        receiver = new CallbackReceiver();
        merchant = new MerchantEndpoint();
    }

    @AfterAll
    static void stopReceivers() {
        receiver.close();
        merchant.close();
    }

    @AfterEach
    void resetCallbacks() {
        assertThat(daraja().request("DELETE", "/simulator/v1/callbacks/faults", null).status()).isEqualTo(204);
        assertThat(daraja().request("DELETE", "/simulator/v1/callbacks/delay", null).status()).isEqualTo(200);
    }

    @Test
    void a_dropped_stk_callback_never_comes_but_the_query_knows_the_result() {
        assertThat(armCallbackFault("{\"kind\":\"stk\",\"action\":\"drop\"}").text("queued")).isEqualTo("1");
        String token = daraja().accessToken();
        String checkoutRequestId = daraja().stkPush(token, stkPushBody("254712000801", receiver.urlFor("dropped")))
                .text("CheckoutRequestID");

        Reply answered = await().atMost(Duration.ofSeconds(10))
                .until(() -> daraja().stkQuery(token, checkoutRequestId), reply -> reply.status() == 200);
        assertThat(answered.text("ResultCode")).isEqualTo("0");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> receiver.receivedFor("dropped").isEmpty());

        daraja().stkPush(token, stkPushBody("254712000801", receiver.urlFor("after-drop")));
        receiver.awaitCallback("after-drop");
    }

    @Test
    void a_duplicated_stk_callback_arrives_twice_with_the_same_body() {
        armCallbackFault("{\"kind\":\"stk\",\"action\":\"duplicate\"}");

        daraja().stkPush(daraja().accessToken(), stkPushBody("254712000802", receiver.urlFor("twice")));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedFor("twice").size() == 2);
        assertThat(receiver.receivedFor("twice").get(0).body()).isEqualTo(receiver.receivedFor("twice").get(1).body());
    }

    @Test
    void c2b_confirmations_can_be_duplicated_then_dropped() {
        String token = "Bearer " + daraja().accessToken();
        assertThat(daraja().postJson("/mpesa/c2b/v1/registerurl", token, "{\"ShortCode\":\"600300\","
                + "\"ResponseType\":\"Completed\",\"ConfirmationURL\":\"" + merchant.urlFor("c2b-confirm")
                + "\",\"ValidationURL\":\"" + merchant.urlFor("c2b-validate") + "\"}").status()).isEqualTo(200);
        armCallbackFault("{\"kind\":\"c2b\",\"action\":\"duplicate\"}");
        armCallbackFault("{\"kind\":\"c2b\",\"action\":\"drop\"}");
        assertThat(daraja().request("GET", "/simulator/v1/callbacks/faults", null).json().get("c2b"))
                .extracting(node -> node.asString()).containsExactly("duplicate", "drop");

        simulate(token, 11);
        var twice = merchant.awaitCount("c2b-confirm", 2);
        assertThat(twice.get(0).json().get("TransID")).isEqualTo(twice.get(1).json().get("TransID"));

        simulate(token, 12);
        // The drop is used by the second payment's confirmation; only then may the third one go.
        await().atMost(Duration.ofSeconds(10)).until(() ->
                daraja().request("GET", "/simulator/v1/callbacks/faults", null).json().isEmpty());
        simulate(token, 13);
        var third = merchant.awaitCount("c2b-confirm", 3);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> merchant.receivedFor("c2b-confirm").size() == 3);
        assertThat(third.get(2).json().get("TransAmount").asString()).isEqualTo("13.00");
    }

    @Test
    void result_callbacks_are_dropped_or_duplicated_in_the_one_sender_every_api_uses() {
        armCallbackFault("{\"kind\":\"result\",\"action\":\"drop\"}");
        armCallbackFault("{\"kind\":\"result\",\"action\":\"duplicate\"}");
        byte[] result = "{\"Result\":{\"ResultType\":0,\"ResultCode\":0}}".getBytes(StandardCharsets.UTF_8);

        callbackSender.post(CallbackKind.RESULT, URI.create(merchant.urlFor("result-1")), result, "AG_1");
        callbackSender.post(CallbackKind.RESULT, URI.create(merchant.urlFor("result-2")), result, "AG_2");
        callbackSender.post(CallbackKind.RESULT, URI.create(merchant.urlFor("result-3")), result, "AG_3");

        assertThat(merchant.awaitCount("result-2", 2)).hasSize(2);
        merchant.awaitFirst("result-3");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> merchant.receivedFor("result-1").isEmpty()
                        && merchant.receivedFor("result-3").size() == 1);
    }

    @Test
    void bad_callback_faults_name_the_field() throws Exception {
        assertThat(armCallbackFault("{\"kind\":\"b2c\",\"action\":\"drop\"}").text("field")).isEqualTo("kind");
        assertThat(armCallbackFault("{\"kind\":\"stk\",\"action\":\"delay\"}").text("field")).isEqualTo("action");
        assertThat(armCallbackFault("{\"kind\":\"stk\",\"action\":\"drop\",\"count\":0}").text("field"))
                .isEqualTo("count");
    }

    @Test
    void the_callback_delay_can_be_changed_while_running_and_reset() throws Exception {
        Reply set = daraja().request("GET", "/simulator/v1/callbacks/delay", null);
        assertThat(set.json().get("delayMs").asLong()).isEqualTo(200);
        assertThat(putDelay("{\"delayMs\":2500}").status()).isEqualTo(200);
        assertThat(daraja().request("GET", "/simulator/v1/callbacks/delay", null).json().get("delayMs").asLong())
                .isEqualTo(2500);

        long pushedAt = System.nanoTime();
        daraja().stkPush(daraja().accessToken(), stkPushBody("254712000803", receiver.urlFor("slow")));
        receiver.awaitCallback("slow");
        assertThat(Duration.ofNanos(System.nanoTime() - pushedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(2500));

        assertThat(daraja().request("DELETE", "/simulator/v1/callbacks/delay", null).json().get("delayMs").asLong())
                .isEqualTo(200);
        assertThat(putDelay("{\"delayMs\":-1}").text("field")).isEqualTo("delayMs");
    }

    private Reply armCallbackFault(String json) {
        return daraja().postJson("/simulator/v1/callbacks/faults", null, json);
    }

    private Reply putDelay(String json) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + serverPort + "/simulator/v1/callbacks/delay"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), DarajaTestClient.parse(response.body()));
        }
    }

    private void simulate(String token, long amount) {
        assertThat(daraja().postJson("/mpesa/c2b/v1/simulate", token, "{\"ShortCode\":600300,"
                + "\"CommandID\":\"CustomerPayBillOnline\",\"Amount\":" + amount
                + ",\"Msisdn\":254708374149,\"BillRefNumber\":\"x\"}").status()).isEqualTo(200);
    }
}
