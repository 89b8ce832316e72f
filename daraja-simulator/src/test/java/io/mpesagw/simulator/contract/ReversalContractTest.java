package io.mpesagw.simulator.contract;

import static io.mpesagw.simulator.CustomerPayments.paidC2b;
import static io.mpesagw.simulator.CustomerPayments.paidStk;
import static io.mpesagw.simulator.contract.ContractClients.accepted;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.paidB2c;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.daraja.initiator.IdentifierType;
import io.mpesagw.daraja.reversal.ReversalClient;
import io.mpesagw.daraja.reversal.ReversalDetails;
import io.mpesagw.daraja.reversal.ReversalRequest;
import io.mpesagw.daraja.reversal.ReversalResult;
import io.mpesagw.daraja.reversal.ReversalResultReader;
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

/** Reversal through daraja-client against the simulator: string codes, customer payments only. */
class ReversalContractTest extends SimulatorApiTest {

    private static CallbackReceiver receiver;

    @TempDir
    Path workDir;
    private ReversalClient reversal;
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
        ContractClients clients = new ContractClients(baseUrl(), workDir);
        reversal = clients.reversal(InitiatorApiSupport.PASSWORD);
        token = clients.token();
    }

    @Test
    void a_c2b_payment_is_reversed_once_then_reads_as_already_reversed() throws Exception {
        String receipt = paidC2b(daraja(), receiver, "c2b-paid", "600401", "254712011301", 25)
                .get("TransID").asString();

        accepted(reversal.reverse(token, request(receipt, 25, "600401", "reversed")));
        accepted(reversal.reverse(token, request(receipt, 25, "600401", "reversed-again")));

        ReversalResult first = ReversalResultReader.read(receiver.awaitCallback("reversed").body());
        ReversalDetails details = ((ReversalResult.Reversed) first).details();
        assertThat(details.originalTransactionId()).isEqualTo(receipt);
        assertThat(details.amount()).isEqualByComparingTo(new BigDecimal("25"));
        assertThat(details.charge()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(details.creditParty().msisdn()).isEqualTo("254712011301");
        assertThat(details.debitParty().identifier()).isEqualTo("600401");
        assertThat(details.completedTime()).matches("20\\d{12}");
        assertThat(details.debitAccountBalance()).startsWith("Utility Account|KES|");
        assertThat(first.header().receipt()).hasValueSatisfying(own -> assertThat(own).isNotEqualTo(receipt));
        ReversalResult again = ReversalResultReader.read(receiver.awaitCallback("reversed-again").body());
        assertThat(((ReversalResult.Failed) again).alreadyReversed()).isTrue();
    }

    @Test
    void an_stk_payment_is_reversed() throws Exception {
        String receipt = paidStk(daraja(), receiver, "stk-paid", "254712011302");

        accepted(reversal.reverse(token, request(receipt, 10, "174379", "stk-reversed")));

        ReversalResult result = ReversalResultReader.read(receiver.awaitCallback("stk-reversed").body());
        assertThat(((ReversalResult.Reversed) result).details().originalTransactionId()).isEqualTo(receipt);
    }

    @Test
    void a_b2c_payout_reads_as_failed_2028_not_as_already_reversed() throws Exception {
        String receipt = paidB2c(daraja(), receiver, "b2c-paid", "254712011303", 10).get("TransactionID").asString();

        accepted(reversal.reverse(token, request(receipt, 10, InitiatorApiSupport.SHORTCODE, "b2c-reversal")));

        ReversalResult result = ReversalResultReader.read(receiver.awaitCallback("b2c-reversal").body());
        assertThat(result.header().resultCode()).isEqualTo("2028");
        assertThat(((ReversalResult.Failed) result).alreadyReversed()).isFalse();
    }

    @Test
    void an_unknown_receipt_reads_as_the_string_code_r000002() throws Exception {
        accepted(reversal.reverse(token, request("UAV1NOTHERE", 10, "600401", "unknown")));

        ReversalResult result = ReversalResultReader.read(receiver.awaitCallback("unknown").body());
        assertThat(result).isInstanceOf(ReversalResult.Failed.class);
        assertThat(result.header().resultCode()).isEqualTo("R000002");
        assertThat(result.header().resultDesc()).isEqualTo("The OriginalTransactionID is invalid.");
    }

    private ReversalRequest request(String receipt, long amount, String receiverParty, String name) {
        return new ReversalRequest(receipt, amount, receiverParty, IdentifierType.ORGANISATION_SHORT_CODE,
                receiver.urlFor(name), receiver.urlFor(name + "-timeout"), "Wrong recipient", null);
    }
}
