package io.mpesagw.simulator.initiator;

import static io.mpesagw.simulator.initiator.InitiatorApiSupport.b2cBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.balanceBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.reversalBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.statusBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient.Reply;
import io.mpesagw.simulator.SimulatorApiTest;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InitiatorStatsApiTest extends SimulatorApiTest {

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
    void stats_and_prometheus_count_initiator_requests_and_result_callbacks() {
        InitiatorApiSupport.unlock(daraja());
        JsonNode before = stats();
        String token = daraja().accessToken();
        String credential = InitiatorApiSupport.securityCredential(daraja(), InitiatorApiSupport.PASSWORD);

        post(daraja(), "/mpesa/b2c/v3/paymentrequest", token, b2cBody("stats-" + UUID.randomUUID(), "254712000901",
                credential, receiver.urlFor("stats-b2c"), receiver.urlFor("stats-b2c-timeout")));
        // Refused requests count too.
        daraja().postJson("/mpesa/b2c/v1/paymentrequest", "Bearer " + token, "{}");
        post(daraja(), "/mpesa/transactionstatus/v1/query", token,
                statusBody("UAV1XXXXXX", credential, receiver.urlFor("stats-status")));
        post(daraja(), "/mpesa/accountbalance/v1/query", token, balanceBody(credential, receiver.urlFor("stats-ab")));
        post(daraja(), "/mpesa/reversal/v1/request", token,
                reversalBody("UAV1XXXXXX", credential, receiver.urlFor("stats-reversal")));
        receiver.awaitCallback("stats-b2c");
        receiver.awaitCallback("stats-status");
        receiver.awaitCallback("stats-ab");
        receiver.awaitCallback("stats-reversal");

        JsonNode after = stats();
        assertThat(delta(before, after, "b2cRequests")).isEqualTo(2);
        assertThat(delta(before, after, "statusQueries")).isEqualTo(1);
        assertThat(delta(before, after, "balanceQueries")).isEqualTo(1);
        assertThat(delta(before, after, "reversals")).isEqualTo(1);
        assertThat(delta(before, after, "resultCallbacksSent")).isGreaterThanOrEqualTo(4);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(delta(before, stats(), "callbacksSent")).isGreaterThanOrEqualTo(4));

        String prometheus = daraja().plainText("/actuator/prometheus");
        assertThat(prometheus).contains("simulator_b2c_requests_total", "simulator_status_queries_total",
                "simulator_balance_queries_total", "simulator_reversals_total", "simulator_result_callbacks_total");
    }

    private JsonNode stats() {
        Reply reply = daraja().request("GET", "/simulator/v1/stats", null);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private static long delta(JsonNode before, JsonNode after, String counter) {
        assertThat(after.has(counter)).as("stats has %s", counter).isTrue();
        return after.get(counter).asLong() - before.get(counter).asLong();
    }
}
