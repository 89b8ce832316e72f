package io.mpesagw.simulator.fault;

import static io.mpesagw.simulator.DarajaAssertions.assertDarajaError;
import static io.mpesagw.simulator.DarajaTestClient.basic;
import static io.mpesagw.simulator.DarajaTestClient.stkPushBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.PrometheusScrape;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class ApiFaultApiTest extends IsolatedSimulatorApiTest {

    private static final String PUSH = "/mpesa/stkpush/v1/processrequest";
    private static final String CALLBACK = "http://127.0.0.1:9/callbacks/faults";

    @LocalServerPort
    private int serverPort;

    @AfterEach
    void clearFaults() {
        assertThat(daraja().request("DELETE", "/simulator/v1/faults", null).status()).isEqualTo(204);
    }

    @Test
    void spike_arrest_fails_the_next_calls_to_every_daraja_api_then_stops() {
        String token = daraja().accessToken();
        long before = injected("spike-arrest");
        Reply armed = arm("{\"fault\":\"spike-arrest\",\"count\":2}");
        assertThat(armed.status()).isEqualTo(200);
        assertThat(armed.json().get("remaining").asInt()).isEqualTo(2);

        assertDarajaError(daraja().oauth(basic(CONSUMER_KEY, CONSUMER_SECRET), "client_credentials"), 500,
                "500.003.02", "Error Occurred: Spike Arrest Violation");
        assertDarajaError(daraja().stkPush(token, stkPushBody("254712000901", CALLBACK)), 500, "500.003.02",
                "Error Occurred: Spike Arrest Violation");

        assertThat(daraja().accessToken()).isNotBlank();
        assertThat(injected("spike-arrest")).isEqualTo(before + 2);
    }

    @Test
    void a_quota_violation_can_target_one_path_and_leaves_the_others_alone() {
        String token = daraja().accessToken();
        arm("{\"fault\":\"quota\",\"path\":\"" + PUSH + "\"}");

        assertThat(daraja().stkQuery(token, "ws_CO_01012020000000000712999998").status())
                .as("another path").isEqualTo(400);
        assertDarajaError(daraja().stkPush(token, stkPushBody("254712000902", CALLBACK)), 500, "500.003.03",
                "Error Occurred: Quota Violation");
        assertThat(daraja().request("GET", "/simulator/v1/faults", null).json()).isEmpty();
    }

    @Test
    void a_server_error_answers_an_html_page_not_json() throws Exception {
        long before = injected("server-error");
        arm("{\"fault\":\"server-error\",\"status\":503}");

        HttpResponse<String> response = rawPost(PUSH, "{}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).startsWith("<html>").contains("503 Service Unavailable");
        assertThat(injected("server-error")).isEqualTo(before + 1);
    }

    @Test
    void faults_cover_daraja_paths_of_any_api_even_ones_added_later() throws Exception {
        arm("{\"fault\":\"server-error\",\"status\":502,\"path\":\"/mpesa/b2c/v3/paymentrequest\"}");

        assertThat(rawPost("/mpesa/b2c/v3/paymentrequest", "{}").statusCode()).isEqualTo(502);
        assertThat(rawPost("/mpesa/b2c/v3/paymentrequest", "{}").statusCode()).as("used up").isNotEqualTo(502);
    }

    @Test
    void armed_faults_are_listed_used_in_order_and_cleared() {
        arm("{\"fault\":\"quota\",\"count\":1}");
        arm("{\"fault\":\"spike-arrest\",\"count\":3}");
        assertThat(daraja().request("GET", "/simulator/v1/faults", null).json()).hasSize(2);

        assertThat(daraja().oauth(basic(CONSUMER_KEY, CONSUMER_SECRET), "client_credentials").text("errorCode"))
                .isEqualTo("500.003.03");
        assertThat(daraja().oauth(basic(CONSUMER_KEY, CONSUMER_SECRET), "client_credentials").text("errorCode"))
                .isEqualTo("500.003.02");
        assertThat(daraja().request("DELETE", "/simulator/v1/faults", null).status()).isEqualTo(204);
        assertThat(daraja().accessToken()).isNotBlank();
    }

    @Test
    void a_lost_answer_processes_the_push_but_answers_only_after_the_client_gave_up() throws Exception {
        long before = injected("lost-answer");
        Reply armed = arm("{\"fault\":\"lost-answer\",\"path\":\"" + PUSH + "\",\"delayMs\":2000}");
        assertThat(armed.json().get("delayMs").asLong()).isEqualTo(2000);
        String token = daraja().accessToken();

        try (CallbackReceiver receiver = new CallbackReceiver(); HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest push = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + PUSH))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofMillis(500))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            stkPushBody("254712000903", receiver.urlFor("lost")).toString())).build();

            assertThatThrownBy(() -> http.send(push, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(HttpTimeoutException.class);
            // the push was accepted all the same: the customer is prompted and the callback comes
            assertThat(receiver.awaitCallback("lost").body()).contains("\"ResultCode\":0").contains("ws_CO_");
        }
        assertThat(injected("lost-answer")).isEqualTo(before + 1);
    }

    @Test
    void a_client_that_waits_long_enough_gets_the_lost_answer_late_and_whole() {
        arm("{\"fault\":\"lost-answer\",\"path\":\"" + PUSH + "\",\"delayMs\":300}");
        long started = System.nanoTime();

        Reply answer = daraja().stkPush(daraja().accessToken(), stkPushBody("254712000904", CALLBACK));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("ResponseCode")).isEqualTo("0");
        assertThat(answer.text("CheckoutRequestID")).startsWith("ws_CO_");
    }

    @Test
    void bad_fault_requests_name_the_field() {
        assertThat(arm("{\"fault\":\"lost-answer\",\"delayMs\":0}").text("field")).isEqualTo("delayMs");
        assertThat(arm("{\"fault\":\"quota\",\"delayMs\":100}").text("field")).isEqualTo("delayMs");
        assertThat(arm("{\"fault\":\"timeout\"}").text("field")).isEqualTo("fault");
        assertThat(arm("{\"fault\":\"quota\",\"count\":0}").text("field")).isEqualTo("count");
        assertThat(arm("{\"fault\":\"quota\",\"path\":\"/simulator/v1/stats\"}").text("field")).isEqualTo("path");
        assertThat(arm("{\"fault\":\"quota\",\"status\":503}").text("field")).isEqualTo("status");
        assertThat(arm("{\"fault\":\"server-error\",\"status\":404}").text("field")).isEqualTo("status");
        assertThat(arm("{\"fault\":").text("field")).isEqualTo("body");
    }

    private Reply arm(String json) {
        return daraja().postJson("/simulator/v1/faults", null, json);
    }

    private long injected(String fault) {
        return PrometheusScrape.value(daraja().plainText("/actuator/prometheus"),
                "simulator_faults_injected_total{fault=\"" + fault + "\"}");
    }

    private HttpResponse<String> rawPost(String path, String body) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
