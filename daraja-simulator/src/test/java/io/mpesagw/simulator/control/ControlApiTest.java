package io.mpesagw.simulator.control;

import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.SimulatorApiTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ControlApiTest extends SimulatorApiTest {

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

    @Test
    void a_scripted_outcome_applies_to_the_next_push_only() {
        String phone = "254712000400";
        Reply scripted = script("{\"phoneNumber\":\"" + phone + "\",\"resultCode\":2001}");
        assertThat(scripted.status()).isEqualTo(200);
        assertThat(scripted.text("resultDesc")).isEqualTo("The initiator information is invalid.");
        String token = daraja().accessToken();

        daraja().stkPush(token, stkPushBody(phone, receiver.urlFor("scripted-1")));
        assertThat(resultCodeOf(receiver.awaitCallback("scripted-1"))).isEqualTo(2001);
        daraja().stkPush(token, stkPushBody(phone, receiver.urlFor("scripted-2")));
        assertThat(resultCodeOf(receiver.awaitCallback("scripted-2"))).isZero();
    }

    @Test
    void a_scripted_outcome_without_callback_is_only_learnt_by_query() {
        String phone = "254712000401";
        script("{\"phoneNumber\":\"" + phone + "\",\"resultCode\":\"0\",\"callback\":false}");
        String token = daraja().accessToken();
        String checkoutRequestId = daraja().stkPush(token, stkPushBody(phone, receiver.urlFor("lost")))
                .text("CheckoutRequestID");

        Reply answered = await().atMost(Duration.ofSeconds(10))
                .until(() -> daraja().stkQuery(token, checkoutRequestId), reply -> reply.status() == 200);

        assertThat(answered.text("ResultCode")).isEqualTo("0");
        assertThat(receiver.receivedFor("lost")).isEmpty();
    }

    @Test
    void delete_forgets_every_scripted_outcome() {
        String phone = "254712000402";
        script("{\"phoneNumber\":\"" + phone + "\",\"resultCode\":\"1032\"}");
        assertThat(daraja().request("DELETE", "/simulator/v1/outcomes", null).status()).isEqualTo(204);

        daraja().stkPush(daraja().accessToken(), stkPushBody(phone, receiver.urlFor("after-delete")));

        assertThat(resultCodeOf(receiver.awaitCallback("after-delete"))).isZero();
    }

    @Test
    void a_bad_script_names_the_field_and_what_is_accepted() {
        Reply badPhone = script("{\"phoneNumber\":\"0712345678\",\"resultCode\":\"1032\"}");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.text("field")).isEqualTo("phoneNumber");
        assertThat(badPhone.text("message")).contains("2547XXXXXXXX");

        Reply unknownCode = script("{\"phoneNumber\":\"254712000403\",\"resultCode\":\"77\"}");
        assertThat(unknownCode.status()).isEqualTo(400);
        assertThat(unknownCode.text("field")).isEqualTo("resultDesc");

        Reply notJson = script("{\"phoneNumber\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.text("field")).isEqualTo("body");
    }

    @Test
    void stats_and_prometheus_count_calls_and_callbacks() throws IOException {
        JsonNode before = stats();
        String token = daraja().accessToken();
        daraja().stkPush(token, stkPushBody("254712000404", receiver.urlFor("counted")));
        daraja().stkQuery(token, "ws_CO_01012020000000000712999999");
        daraja().stkPush(token, stkPushBody("254712000405", closedPortUrl()));

        JsonNode after = stats();
        assertThat(after.get("oauthCalls").asLong()).isEqualTo(before.get("oauthCalls").asLong() + 1);
        assertThat(after.get("stkPushes").asLong()).isEqualTo(before.get("stkPushes").asLong() + 2);
        assertThat(after.get("stkQueries").asLong()).isEqualTo(before.get("stkQueries").asLong() + 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode now = stats();
            assertThat(now.get("callbacksSent").asLong()).isGreaterThan(before.get("callbacksSent").asLong());
            assertThat(now.get("callbacksFailed").asLong()).isGreaterThan(before.get("callbacksFailed").asLong());
        });

        long pushes = stats().get("stkPushes").asLong();
        String prometheus = daraja().plainText("/actuator/prometheus");
        assertThat(prometheus).containsPattern("(?m)^simulator_stk_pushes_total(\\{[^}]*})? " + pushes + "\\.0$")
                .contains("simulator_oauth_calls_total", "simulator_stk_queries_total",
                        "simulator_callbacks_sent_total", "simulator_callbacks_failed_total");
    }

    private Reply script(String json) {
        return daraja().postJson("/simulator/v1/outcomes", null, json);
    }

    private JsonNode stats() {
        Reply reply = daraja().request("GET", "/simulator/v1/stats", null);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/callbacks/refused";
        }
    }

    private static int resultCodeOf(CallbackReceiver.ReceivedCallback callback) {
        return DarajaTestClient.parse(callback.body()).get("Body").get("stkCallback").get("ResultCode").asInt();
    }
}
