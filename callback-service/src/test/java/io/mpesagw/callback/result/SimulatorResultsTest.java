package io.mpesagw.callback.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PayoutCallback;
import io.mpesagw.contracts.PayoutResultReceived;
import io.mpesagw.contracts.PayoutTimedOut;
import io.mpesagw.contracts.TransactionStatusReceived;
import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.b2c.B2cClient;
import io.mpesagw.daraja.b2c.B2cCommand;
import io.mpesagw.daraja.b2c.B2cPaymentRequest;
import io.mpesagw.daraja.initiator.IdentifierType;
import io.mpesagw.daraja.oauth.DarajaOAuthClient;
import io.mpesagw.daraja.security.InitiatorCredentials;
import io.mpesagw.daraja.security.MpesaCertificate;
import io.mpesagw.daraja.status.TransactionStatusClient;
import io.mpesagw.daraja.status.TransactionStatusRequest;
import io.mpesagw.testsupport.DarajaSimulatorProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's Daraja simulator pays out for real and posts its Results and QueueTimeOuts here. */
class SimulatorResultsTest extends ResultCallbackIntegrationTest {

    private static final String PASSWORD = "Simulated#Initiator1";
    private static DarajaSimulatorProcess simulator;
    private static DarajaEndpoint daraja;
    private static HttpClient http;
    private static InitiatorCredentials initiator;

    @BeforeAll
    static void startSimulator() {
        simulator = DarajaSimulatorProcess.start("callback-results-simulator", Map.of(
                "SIMULATOR_CONSUMER_KEY", "callback-test-key", "SIMULATOR_CONSUMER_SECRET", "callback-test-secret",
                "SIMULATOR_INITIATOR_PASSWORD", PASSWORD, "SIMULATOR_CALLBACK_DELAY_MS", "50"));
        daraja = new DarajaEndpoint(URI.create(simulator.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(10));
        http = daraja.newHttpClient();
        String certificate = simulator.send(HttpRequest.newBuilder(
                URI.create(simulator.baseUrl() + "/simulator/v1/certificate")).GET()).body();
        initiator = new InitiatorCredentials("testapi", PASSWORD,
                MpesaCertificate.read(certificate.getBytes(StandardCharsets.UTF_8), "the simulator"));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void a_simulated_payout_result_is_published() throws Exception {
        String payoutId = newPayoutId();
        String originatorId = ResultPayloads.newOriginatorConversationId();

        assertThat(pay(payoutId, originatorId, "254708374149")).isInstanceOf(DarajaOutcome.Accepted.class);

        PayoutResultReceived event = onlyPublished(payoutId, PayoutResultReceived.class);
        assertThat(event.succeeded()).isTrue();
        assertThat(event.originatorConversationId()).isEqualTo(originatorId);
        assertThat(event.conversationId()).startsWith("AG_");
        assertThat(event.amount()).isEqualByComparingTo("10");
        assertThat(event.mpesaReceipt()).hasSize(10).isEqualTo(event.transactionId());
        assertThat(event.receiverMsisdn()).isEqualTo("254708374149");
    }

    @Test
    void a_simulated_failure_with_code_2040_is_published() throws Exception {
        String payoutId = newPayoutId();

        pay(payoutId, ResultPayloads.newOriginatorConversationId(), "254700000012");

        PayoutResultReceived event = onlyPublished(payoutId, PayoutResultReceived.class);
        assertThat(event.resultCode()).isEqualTo("2040");
        assertThat(event.succeeded()).isFalse();
        assertThat(event.mpesaReceipt()).isNull();
    }

    @Test
    void a_simulated_queue_timeout_is_published_and_transaction_status_then_finds_the_payout() throws Exception {
        String payoutId = newPayoutId();
        String originatorId = ResultPayloads.newOriginatorConversationId();

        pay(payoutId, originatorId, "254700000014");
        PayoutTimedOut timedOut = onlyPublished(payoutId, PayoutTimedOut.class);
        assertThat(timedOut.originatorConversationId()).isEqualTo(originatorId);

        String base = "http://127.0.0.1:" + port + "/v1/callbacks/status/" + payoutId + "/"
                + PATH_TOKENS.forPayment(payoutId);
        assertThat(new TransactionStatusClient(daraja, http, initiator).query(token(), new TransactionStatusRequest(
                null, originatorId, "600992", IdentifierType.SHORT_CODE, base + "/result", base + "/timeout",
                "Where is my payout", null))).isInstanceOf(DarajaOutcome.Accepted.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> topic.recordsFor(payoutId).size() == 2);
        PayoutCallback answer = EventJson.read(topic.recordsFor(payoutId).get(1).value(), PayoutCallback.class);
        assertThat(answer).isInstanceOf(TransactionStatusReceived.class);
        TransactionStatusReceived status = (TransactionStatusReceived) answer;
        assertThat(status.found()).isTrue();
        assertThat(status.transactionStatus()).isEqualTo("Completed");
        assertThat(status.transactionOriginatorConversationId()).isEqualTo(originatorId);
    }

    private DarajaOutcome<?> pay(String payoutId, String originatorId, String partyB) throws Exception {
        String base = "http://127.0.0.1:" + port + "/v1/callbacks/b2c/" + payoutId + "/" + PATH_TOKENS.forPayment(payoutId);
        return new B2cClient(daraja, http, initiator).payV3(token(), new B2cPaymentRequest(originatorId,
                B2cCommand.BUSINESS_PAYMENT, 10, "600992", partyB, "Payout test", base + "/timeout", base + "/result",
                null));
    }

    private static String token() throws Exception {
        return new DarajaOAuthClient(daraja, http, Clock.systemUTC())
                .fetchToken("callback-test-key", "callback-test-secret").value();
    }
}
