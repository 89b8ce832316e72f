package io.mpesagw.simulator.contract;

import static io.mpesagw.simulator.CustomerPayments.paidStk;
import static io.mpesagw.simulator.contract.ContractClients.accepted;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.paidB2c;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.initiator.IdentifierType;
import io.mpesagw.daraja.status.TransactionDetails;
import io.mpesagw.daraja.status.TransactionStatusClient;
import io.mpesagw.daraja.status.TransactionStatusRequest;
import io.mpesagw.daraja.status.TransactionStatusResult;
import io.mpesagw.daraja.status.TransactionStatusResultReader;
import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.SimulatorApiTest;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Transaction Status through daraja-client against the simulator; Results read by the client's reader. */
class TransactionStatusContractTest extends SimulatorApiTest {

    private static CallbackReceiver receiver;

    @TempDir
    Path workDir;
    private ContractClients clients;
    private TransactionStatusClient status;
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
        status = clients.transactionStatus(InitiatorApiSupport.PASSWORD);
        token = clients.token();
    }

    @Test
    void a_b2c_payout_is_found_by_receipt_with_its_details() throws Exception {
        JsonNode paid = paidB2c(daraja(), receiver, "status-paid", "254712011201", 120);
        String receipt = paid.get("TransactionID").asString();

        accepted(status.query(token, byReceipt(receipt, "status-by-receipt")));

        TransactionStatusResult result = TransactionStatusResultReader.read(
                receiver.awaitCallback("status-by-receipt").body());
        TransactionDetails details = ((TransactionStatusResult.Found) result).details();
        assertThat(result.header().receipt()).as("the query's own TransactionID is zero-padded").isEmpty();
        assertThat(details.receiptNo()).isEqualTo(receipt);
        assertThat(details.transactionStatus()).isEqualTo("Completed");
        assertThat(details.amount()).isEqualByComparingTo(new BigDecimal("120"));
        assertThat(details.creditParty().msisdn()).isEqualTo("254712011201");
        assertThat(details.debitParty().identifier()).isEqualTo(InitiatorApiSupport.SHORTCODE);
        assertThat(details.originatorConversationId()).isEqualTo(paid.get("OriginatorConversationID").asString());
        assertThat(details.finalisedTime()).matches("20\\d{12}");
        assertThat(details.debitPartyCharges()).startsWith("Fee For B2C Payment|KES|");
        assertThat(details.transactionReason()).isNull();
    }

    @Test
    void a_b2c_payout_is_found_by_our_originator_conversation_id() throws Exception {
        JsonNode paid = paidB2c(daraja(), receiver, "status-paid-2", "254712011202", 10);
        TransactionStatusRequest request = new TransactionStatusRequest(null,
                paid.get("OriginatorConversationID").asString(), InitiatorApiSupport.SHORTCODE,
                IdentifierType.SHORT_CODE, receiver.urlFor("status-by-id"), receiver.urlFor("status-by-id-timeout"),
                "Reconcile", null);

        accepted(status.query(token, request));

        TransactionStatusResult result = TransactionStatusResultReader.read(
                receiver.awaitCallback("status-by-id").body());
        assertThat(((TransactionStatusResult.Found) result).details().receiptNo())
                .isEqualTo(paid.get("TransactionID").asString());
    }

    @Test
    void an_stk_payment_is_found_with_the_customer_as_debit_party() throws Exception {
        String receipt = paidStk(daraja(), receiver, "status-stk", "254712011203");

        accepted(status.query(token, byReceipt(receipt, "status-stk-result")));

        TransactionStatusResult result = TransactionStatusResultReader.read(
                receiver.awaitCallback("status-stk-result").body());
        TransactionDetails details = ((TransactionStatusResult.Found) result).details();
        assertThat(details.debitParty().msisdn()).isEqualTo("254712011203");
        assertThat(details.creditParty().identifier()).isEqualTo("174379");
        assertThat(details.originatorConversationId()).isNull();
    }

    @Test
    void an_unknown_receipt_reads_as_failed_2032() throws Exception {
        accepted(status.query(token, byReceipt("UAV1NOTHERE", "status-unknown")));

        TransactionStatusResult result = TransactionStatusResultReader.read(
                receiver.awaitCallback("status-unknown").body());
        assertThat(result).isInstanceOf(TransactionStatusResult.Failed.class);
        assertThat(result.header().resultCode()).isEqualTo("2032");
        assertThat(result.header().referenceData()).containsEntry("Occasion", "Reconcile");
    }

    @Test
    void a_wrong_password_reads_as_failed_2001_and_a_stale_token_as_401_002_01() throws Exception {
        TransactionStatusClient wrong = clients.transactionStatus("Wrong#Password1");
        accepted(wrong.query(token, byReceipt("UAV1NOTHERE", "status-2001")));

        TransactionStatusResult result = TransactionStatusResultReader.read(
                receiver.awaitCallback("status-2001").body());
        assertThat(result.header().resultCode()).isEqualTo("2001");
        assertThat(status.query("stale-token", byReceipt("UAV1NOTHERE", "unused")))
                .isEqualTo(new DarajaOutcome.InvalidAccessToken<>("401.002.01"));
        InitiatorApiSupport.unlock(daraja());
    }

    private TransactionStatusRequest byReceipt(String receipt, String name) {
        return new TransactionStatusRequest(receipt, null, InitiatorApiSupport.SHORTCODE, IdentifierType.SHORT_CODE,
                receiver.urlFor(name), receiver.urlFor(name + "-timeout"), "Reconcile", "Reconcile");
    }
}
