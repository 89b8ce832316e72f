package io.mpesagw.simulator.contract;

import static io.mpesagw.simulator.contract.ContractClients.accepted;
import static io.mpesagw.simulator.contract.ContractClients.stkPush;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.callback.StkCallback;
import io.mpesagw.daraja.callback.StkCallbackReader;
import io.mpesagw.daraja.http.Operation;
import io.mpesagw.daraja.stk.DarajaTimestamp;
import io.mpesagw.daraja.stk.StkClient;
import io.mpesagw.daraja.stk.StkPushAccepted;
import io.mpesagw.daraja.stk.StkPushRequest;
import io.mpesagw.daraja.stk.StkQueryResult;
import io.mpesagw.daraja.stk.TransactionType;
import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.SimulatorApiTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** M-Pesa Express (STK push, query, callback) through daraja-client against the simulator. */
class StkContractTest extends SimulatorApiTest {

    private static final String PUSH = "/mpesa/stkpush/v1/processrequest";
    private static final String LOCKED =
            "Unable to lock subscriber, a transaction is already in process for the current subscriber";
    private static CallbackReceiver receiver;

    @TempDir
    Path workDir;
    private ContractClients clients;
    private StkClient stk;
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
        clients = new ContractClients(baseUrl(), workDir);
        stk = clients.stk();
        token = clients.token();
    }

    @Test
    void a_push_is_accepted_and_its_callback_reads_as_paid() throws Exception {
        StkPushAccepted push = accepted(stk.push(token, stkPush("254712011001", 10, receiver.urlFor("paid"))));

        assertThat(push.responseCode()).isEqualTo("0");
        assertThat(push.checkoutRequestId()).startsWith("ws_CO_").endsWith("712011001");
        StkCallback callback = StkCallbackReader.read(receiver.awaitCallback("paid").body());
        assertThat(callback.succeeded()).isTrue();
        assertThat(callback.checkoutRequestId()).isEqualTo(push.checkoutRequestId());
        assertThat(callback.merchantRequestId()).isEqualTo(push.merchantRequestId());
        assertThat(callback.amount()).isEqualByComparingTo(BigDecimal.TEN);
        assertThat(callback.mpesaReceiptNumber()).matches("[A-Z][A-L][1-9A-V][0-9][A-Z0-9]{6}");
        assertThat(callback.phoneNumber()).isEqualTo("254712011001");
        assertThat(callback.transactionDate()).matches("20\\d{12}");
    }

    @Test
    void a_declined_push_reads_as_a_failure_without_metadata() throws Exception {
        script("{\"phoneNumber\":\"254712011002\",\"resultCode\":\"1\"}");
        accepted(stk.push(token, stkPush("254712011002", 10, receiver.urlFor("declined"))));

        StkCallback callback = StkCallbackReader.read(receiver.awaitCallback("declined").body());
        assertThat(callback.succeeded()).isFalse();
        assertThat(callback.resultCode()).isEqualTo("1");
        assertThat(callback.amount()).isNull();
        assertThat(callback.mpesaReceiptNumber()).isNull();
    }

    @Test
    void the_query_reads_still_processing_while_the_prompt_is_open_then_the_string_code() {
        // No callback: the prompt stays open until it expires (3 s in the test context).
        script("{\"phoneNumber\":\"254712011003\",\"resultCode\":\"1032\",\"callback\":false}");
        String checkout = accepted(stk.push(token, stkPush("254712011003", 10, receiver.urlFor("unused"))))
                .checkoutRequestId();

        assertThat(query(checkout)).isInstanceOf(DarajaOutcome.StillProcessing.class);
        DarajaOutcome<StkQueryResult> settled = await().atMost(Duration.ofSeconds(10))
                .until(() -> query(checkout), outcome -> outcome instanceof DarajaOutcome.Accepted);
        StkQueryResult result = accepted(settled);
        assertThat(result.resultCode()).isEqualTo("1032");
        assertThat(result.succeeded()).isFalse();
        assertThat(result.checkoutRequestId()).isEqualTo(checkout);
    }

    @Test
    void merchant_refusals_read_as_rejected_500_001_1001() {
        StkPushRequest unknownShortcode = new StkPushRequest("600000", DarajaTestClient.PASSKEY,
                DarajaTimestamp.of(Instant.now()), TransactionType.CUSTOMER_PAY_BILL_ONLINE, 10, "254712011004",
                "600000", receiver.urlFor("unused"), "INV-001", null);
        StkPushRequest wrongPasskey = new StkPushRequest(DarajaTestClient.SHORTCODE, "not-the-passkey",
                DarajaTimestamp.of(Instant.now()), TransactionType.CUSTOMER_PAY_BILL_ONLINE, 10, "254712011004",
                DarajaTestClient.SHORTCODE, receiver.urlFor("unused"), "INV-001", null);

        assertThat(stk.push(token, unknownShortcode))
                .isEqualTo(new DarajaOutcome.Rejected<>(500, "500.001.1001", "Merchant does not exist"));
        assertThat(stk.push(token, wrongPasskey))
                .isEqualTo(new DarajaOutcome.Rejected<>(500, "500.001.1001", "Wrong credentials"));
    }

    @Test
    void a_second_push_to_a_subscriber_with_an_open_prompt_is_rejected() {
        script("{\"phoneNumber\":\"254712011005\",\"resultCode\":\"1032\",\"callback\":false}");
        accepted(stk.push(token, stkPush("254712011005", 10, receiver.urlFor("unused"))));

        assertThat(stk.push(token, stkPush("254712011005", 10, receiver.urlFor("unused"))))
                .isEqualTo(new DarajaOutcome.Rejected<>(500, "500.001.1001", LOCKED));
    }

    @Test
    void field_errors_the_client_does_not_check_read_as_rejected_400_002_02() {
        StkPushRequest longReference = new StkPushRequest(DarajaTestClient.SHORTCODE, DarajaTestClient.PASSKEY,
                DarajaTimestamp.of(Instant.now()), TransactionType.CUSTOMER_PAY_BILL_ONLINE, 10, "254712011006",
                DarajaTestClient.SHORTCODE, receiver.urlFor("unused"), "REFERENCE-13C", null);

        assertThat(stk.push(token, longReference)).isEqualTo(
                new DarajaOutcome.Rejected<>(400, "400.002.02", "Bad Request - Invalid AccountReference"));
        assertThat(stk.push(token, stkPush("0712011006", 10, receiver.urlFor("unused"))))
                .isEqualTo(new DarajaOutcome.Rejected<>(400, "400.002.02", "Bad Request - Invalid PartyA"));
    }

    @Test
    void a_stale_token_reads_as_invalid_access_token_404_001_03() {
        assertThat(stk.push("stale-token", stkPush("254712011007", 10, receiver.urlFor("unused"))))
                .isEqualTo(new DarajaOutcome.InvalidAccessToken<>("404.001.03"));
        assertThat(stk.query("stale-token", DarajaTestClient.SHORTCODE, DarajaTestClient.PASSKEY,
                DarajaTestClient.TIMESTAMP, "ws_CO_01012020000000000712011007"))
                .isEqualTo(new DarajaOutcome.InvalidAccessToken<>("404.001.03"));
    }

    @Test
    void answers_to_requests_the_client_never_sends_read_as_rejected() {
        String bearer = "Bearer " + token;

        assertThat(clients.classifyRaw("POST", PUSH, null, "application/json", "{}", Operation.SUBMIT))
                .isEqualTo(new DarajaOutcome.Rejected<>(404, "404.001.04", "Invalid Authentication Header"));
        assertThat(clients.classifyRaw("GET", PUSH, bearer, null, null, Operation.SUBMIT))
                .isEqualTo(new DarajaOutcome.Rejected<>(405, "405.001", "GET Method Not Allowed"));
        assertThat(clients.classifyRaw("POST", PUSH, bearer, "text/plain", "{}", Operation.SUBMIT)).isEqualTo(
                new DarajaOutcome.Rejected<>(400, "400.002.02", "Bad Request - Invalid BusinessShortCode"));
        assertThat(clients.classifyRaw("POST", PUSH, bearer, "application/json", "{not json", Operation.SUBMIT))
                .isEqualTo(new DarajaOutcome.Rejected<>(400, "400.002.05", "Invalid Request Payload"));
        assertThat(clients.classifyRaw("POST", "/mpesa/stkpush/v9/nowhere", bearer, "application/json", "{}",
                Operation.SUBMIT)).isEqualTo(new DarajaOutcome.Rejected<>(404, "404.001.01", "Resource not found"));
    }

    private DarajaOutcome<StkQueryResult> query(String checkoutRequestId) {
        return stk.query(token, DarajaTestClient.SHORTCODE, DarajaTestClient.PASSKEY, DarajaTestClient.TIMESTAMP,
                checkoutRequestId);
    }

    private void script(String outcome) {
        assertThat(daraja().postJson("/simulator/v1/outcomes", null, outcome).status()).isEqualTo(200);
    }
}
