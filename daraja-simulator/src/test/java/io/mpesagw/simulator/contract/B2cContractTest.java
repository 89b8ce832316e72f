package io.mpesagw.simulator.contract;

import static io.mpesagw.simulator.contract.ContractClients.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.b2c.B2cClient;
import io.mpesagw.daraja.b2c.B2cCommand;
import io.mpesagw.daraja.b2c.B2cPaymentRequest;
import io.mpesagw.daraja.b2c.B2cResult;
import io.mpesagw.daraja.b2c.B2cResultReader;
import io.mpesagw.daraja.http.Operation;
import io.mpesagw.daraja.initiator.InitiatorAccepted;
import io.mpesagw.daraja.result.QueueTimeout;
import io.mpesagw.daraja.result.QueueTimeoutReader;
import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.SimulatorApiTest;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B2C v3 and v1 through daraja-client against the simulator: the SecurityCredential is computed by
 * the client from the certificate the simulator serves, and the Results are read by its reader.
 */
class B2cContractTest extends SimulatorApiTest {

    private static CallbackReceiver receiver;

    @TempDir
    Path workDir;
    private ContractClients clients;
    private B2cClient b2c;
    private String token;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void connect() {
        InitiatorApiSupport.unlock(daraja());
        clients = new ContractClients(baseUrl(), workDir);
        b2c = clients.b2c(InitiatorApiSupport.PASSWORD);
        token = clients.token();
    }

    @AfterEach
    void unlockTheInitiator() {
        InitiatorApiSupport.unlock(daraja());
    }

    @Test
    void a_v3_payout_is_accepted_under_our_id_and_its_result_reads_as_paid() throws Exception {
        String originator = "contract-" + UUID.randomUUID();
        InitiatorAccepted sync = accepted(b2c.payV3(token, payout(originator, "254712011101", 150, "v3-paid")));

        assertThat(sync.originatorConversationId()).isEqualTo(originator);
        assertThat(sync.conversationId()).startsWith("AG_");
        B2cResult result = B2cResultReader.read(receiver.awaitCallback("v3-paid").body());
        B2cResult.Paid paid = (B2cResult.Paid) result;
        assertThat(paid.header().originatorConversationId()).isEqualTo(originator);
        assertThat(paid.header().conversationId()).isEqualTo(sync.conversationId());
        assertThat(paid.header().isFinal()).isTrue();
        assertThat(paid.header().queueTimeoutUrl()).hasValueSatisfying(url -> assertThat(url)
                .isEqualTo("https://internalsandbox.safaricom.co.ke/mpesa/b2cresults/v1/submit"));
        assertThat(paid.payout().amount()).isEqualByComparingTo(new BigDecimal("150"));
        assertThat(paid.payout().receipt()).isEqualTo(paid.header().transactionId());
        assertThat(paid.header().receipt()).contains(paid.payout().receipt());
        assertThat(paid.payout().receiver().msisdn()).isEqualTo("254712011101");
        assertThat(paid.payout().receiver().name()).isEqualTo("John Doe");
        assertThat(paid.payout().completedAt()).matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(paid.payout().utilityAccountFunds()).isNotNull();
        assertThat(paid.payout().chargesPaidAccountFunds()).isNotNull();
        assertThat(paid.payout().recipientIsRegistered()).isTrue();
    }

    @Test
    void a_v1_payout_gets_its_originator_id_from_mpesa() throws Exception {
        InitiatorAccepted sync = accepted(b2c.payV1(token, payout("unused-on-v1", "254712011102", 10, "v1-paid")));

        assertThat(sync.originatorConversationId()).matches("\\d+-\\d+-1");
        B2cResult result = B2cResultReader.read(receiver.awaitCallback("v1-paid").body());
        assertThat(result).isInstanceOf(B2cResult.Paid.class);
        assertThat(result.header().originatorConversationId()).isEqualTo(sync.originatorConversationId());
    }

    @Test
    void declined_payouts_read_as_failed_with_their_codes_as_text() throws Exception {
        b2c.payV3(token, payout("contract-" + UUID.randomUUID(), "254700000011", 10, "insufficient"));
        b2c.payV3(token, payout("contract-" + UUID.randomUUID(), "254700000013", 10, "no-operator"));

        B2cResult insufficient = B2cResultReader.read(receiver.awaitCallback("insufficient").body());
        B2cResult noOperator = B2cResultReader.read(receiver.awaitCallback("no-operator").body());
        assertThat(insufficient).isInstanceOf(B2cResult.Failed.class);
        assertThat(insufficient.header().resultCode()).isEqualTo("1");
        assertThat(noOperator).isInstanceOf(B2cResult.Failed.class);
        assertThat(noOperator.header().resultCode()).isEqualTo("SFC_IC0003");
    }

    @Test
    void a_timeout_reaches_the_queue_timeout_url_and_reads_as_unknown() {
        String originator = "contract-" + UUID.randomUUID();
        b2c.payV3(token, payout(originator, "254700000014", 10, "timed-out"));

        QueueTimeout timeout = QueueTimeoutReader.read(receiver.awaitCallback("timed-out-timeout").body());
        assertThat(timeout.originatorConversationId()).isEqualTo(originator);
        assertThat(timeout.resultCode()).isEqualTo("9999");
        assertThat(receiver.receivedFor("timed-out")).as("nothing at ResultURL").isEmpty();
    }

    @Test
    void a_wrong_initiator_password_yields_result_2001() throws Exception {
        B2cClient wrongPassword = clients.b2c("Wrong#Password1");
        accepted(wrongPassword.payV3(token, payout("contract-" + UUID.randomUUID(), "254712011103", 10, "bad-pw")));

        B2cResult result = B2cResultReader.read(receiver.awaitCallback("bad-pw").body());
        assertThat(result).isInstanceOf(B2cResult.Failed.class);
        assertThat(result.header().resultCode()).isEqualTo("2001");
        assertThat(result.header().resultDesc()).isEqualTo("The initiator information is invalid.");
    }

    @Test
    void a_repeated_originator_conversation_id_is_rejected_500_002_1001() {
        String originator = "contract-" + UUID.randomUUID();
        accepted(b2c.payV3(token, payout(originator, "254712011104", 10, "first")));

        assertThat(b2c.payV3(token, payout(originator, "254712011104", 10, "again"))).isEqualTo(
                new DarajaOutcome.Rejected<>(500, "500.002.1001", "Duplicate OriginatorConversationID."));
    }

    @Test
    void an_initiator_name_daraja_refuses_reads_as_rejected_400_002_02() {
        B2cClient longName = clients.b2c(clients.initiator("x".repeat(65), InitiatorApiSupport.PASSWORD));

        assertThat(longName.payV3(token, payout("contract-" + UUID.randomUUID(), "254712011105", 10, "unused")))
                .isEqualTo(new DarajaOutcome.Rejected<>(400, "400.002.02", "Bad Request - Invalid InitiatorName"));
    }

    @Test
    void the_initiator_bearer_flavour_reads_as_invalid_access_token_401_002_01() {
        assertThat(b2c.payV3("stale-token", payout("contract-" + UUID.randomUUID(), "254712011106", 10, "x")))
                .isEqualTo(new DarajaOutcome.InvalidAccessToken<>("401.002.01"));
        assertThat(clients.classifyRaw("POST", "/mpesa/b2c/v3/paymentrequest", null, "application/json", "{}",
                Operation.SUBMIT))
                .isEqualTo(new DarajaOutcome.Rejected<>(404, "404.001.04", "Invalid Authentication Header"));
        assertThat(clients.classifyRaw("POST", "/mpesa/b2c/v3/paymentrequest", "Bearer " + token, "text/xml", "{}",
                Operation.SUBMIT)).isEqualTo(
                new DarajaOutcome.Rejected<>(400, "400.002.02", "Bad Request - Invalid BusinessShortCode"));
    }

    private B2cPaymentRequest payout(String originator, String partyB, long amount, String name) {
        return new B2cPaymentRequest(originator, B2cCommand.BUSINESS_PAYMENT, amount, InitiatorApiSupport.SHORTCODE,
                partyB, "Salary advance", receiver.urlFor(name + "-timeout"), receiver.urlFor(name), "ChristmasPay");
    }
}
