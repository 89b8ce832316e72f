package io.mpesagw.daraja.stk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.StubDaraja;
import io.mpesagw.daraja.http.LenientJson;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Talks real HTTP to a scripted Daraja; bodies are the shapes in daraja-facts.md sections 1, 3 and 4. */
class StkClientTest {

    private static final String TOKEN = "c9SQxWWhmdVRlyh0zh8gZDTkubVF";
    private static final String PASSKEY = StkPasswordTest.SANDBOX_PASSKEY;

    private StubDaraja daraja;
    private StkClient client;

    @BeforeEach
    void start() throws Exception {
        daraja = new StubDaraja();
        DarajaEndpoint endpoint = daraja.endpoint(Duration.ofMillis(400));
        client = new StkClient(endpoint, endpoint.newHttpClient());
    }

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void sends_the_push_as_daraja_spells_it_and_reads_the_acceptance() {
        daraja.answer(StkClient.PUSH_PATH, 200, """
                {"MerchantRequestID":"2654-4b64-97ff-b827b542881d3130","CheckoutRequestID":"ws_CO_1007202409152617172396192",
                 "ResponseCode":"0","ResponseDescription":"Success. Request accepted for processing",
                 "CustomerMessage":"Success. Request accepted for processing"}""");

        DarajaOutcome<StkPushAccepted> outcome = client.push(TOKEN, pushRequest());

        assertThat(outcome).isEqualTo(new DarajaOutcome.Accepted<>(new StkPushAccepted(
                "2654-4b64-97ff-b827b542881d3130", "ws_CO_1007202409152617172396192", "0",
                "Success. Request accepted for processing", "Success. Request accepted for processing")));
        StubDaraja.Seen seen = daraja.seen();
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(seen.contentType()).isEqualTo("application/json");
        JsonNode sent = LenientJson.MAPPER.readTree(seen.body());
        assertThat(sent.get("Amount").isIntegralNumber()).isTrue();
        assertThat(sent.get("Amount").asLong()).isEqualTo(10);
        assertThat(sent.get("Password").asString()).isEqualTo(
                "MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMTYwMjE2MTY1NjI3");
        assertThat(sent.propertyNames()).containsExactlyInAnyOrder("BusinessShortCode", "Password", "Timestamp",
                "TransactionType", "Amount", "PartyA", "PartyB", "PhoneNumber", "CallBackURL", "AccountReference",
                "TransactionDesc");
        assertThat(sent.get("TransactionType").asString()).isEqualTo("CustomerPayBillOnline");
        assertThat(sent.get("PartyA").asString()).isEqualTo("254708374149");
        assertThat(seen.body()).doesNotContain(PASSKEY);
    }

    @Test
    void accepts_a_numeric_response_code() {
        daraja.answer(StkClient.PUSH_PATH, 200,
                "{\"MerchantRequestID\":\"m\",\"CheckoutRequestID\":\"ws_CO_2\",\"ResponseCode\":0}");

        assertThat(client.push(TOKEN, pushRequest())).isInstanceOf(DarajaOutcome.Accepted.class);
    }

    @Test
    void a_non_zero_response_code_is_a_rejection() {
        daraja.answer(StkClient.PUSH_PATH, 200,
                "{\"MerchantRequestID\":\"m\",\"CheckoutRequestID\":\"ws_CO_2\",\"ResponseCode\":\"1\",\"ResponseDescription\":\"Rejected\"}");

        assertThat(client.push(TOKEN, pushRequest())).isEqualTo(new DarajaOutcome.Rejected<>(200, "1", "Rejected"));
    }

    static Stream<Arguments> pushErrors() {
        return Stream.of(
                arguments(400, envelope("400.002.02", "Bad Request - Invalid PhoneNumber"),
                        new DarajaOutcome.Rejected<>(400, "400.002.02", "Bad Request - Invalid PhoneNumber")),
                arguments(404, envelope("404.001.03", "Invalid Access Token"),
                        new DarajaOutcome.InvalidAccessToken<>("404.001.03")),
                arguments(401, envelope("401.002.01", "Error Occurred - Invalid Access Token - " + TOKEN),
                        new DarajaOutcome.InvalidAccessToken<>("401.002.01")),
                arguments(400, envelope("400.003.01", "Invalid Access Token"),
                        new DarajaOutcome.InvalidAccessToken<>("400.003.01")),
                arguments(500, envelope("500.003.02", "Error Occurred: Spike Arrest Violation"),
                        new DarajaOutcome.Throttled<>("500.003.02", "Error Occurred: Spike Arrest Violation")),
                arguments(500, envelope("500.003.03", "Quota Violation"),
                        new DarajaOutcome.Throttled<>("500.003.03", "Quota Violation")),
                arguments(500, envelope("500.003.02", "System is busy. Please try again in few minutes."),
                        new DarajaOutcome.Throttled<>("500.003.02", "System is busy. Please try again in few minutes.")),
                arguments(500, envelope("500.001.1001", "Wrong credentials"),
                        new DarajaOutcome.Rejected<>(500, "500.001.1001", "Wrong credentials")),
                arguments(500, envelope("500.001.1001", "[MerchantValidate] - Wrong credentials"),
                        new DarajaOutcome.Rejected<>(500, "500.001.1001", "[MerchantValidate] - Wrong credentials")),
                arguments(500, envelope("500.001.1001", "Merchant does not exist"),
                        new DarajaOutcome.Rejected<>(500, "500.001.1001", "Merchant does not exist")),
                arguments(500, envelope("500.001.1001",
                                "Unable to lock subscriber, a transaction is already in process for the current subscriber"),
                        new DarajaOutcome.Rejected<>(500, "500.001.1001",
                                "Unable to lock subscriber, a transaction is already in process for the current subscriber")),
                arguments(500, envelope("500.003.1001", "Internal Server Error"),
                        new DarajaOutcome.Unclear<>("HTTP 500 500.003.1001: Internal Server Error")),
                arguments(500, envelope("500.001.1001", "The transaction is being processed"),
                        new DarajaOutcome.Unclear<>("Daraja says the transaction is being processed (500.001.1001)")),
                arguments(502, "<html><body>Bad Gateway</body></html>",
                        new DarajaOutcome.Unclear<>("HTTP 502 without a Daraja error code: <html><body>Bad Gateway</body></html>")),
                arguments(400, "not json at all", new DarajaOutcome.Rejected<>(400, "http_400", "not json at all")));
    }

    @ParameterizedTest
    @MethodSource("pushErrors")
    void maps_each_push_error_to_its_outcome(int status, String body, DarajaOutcome<StkPushAccepted> expected) {
        daraja.answer(StkClient.PUSH_PATH, status, body);

        assertThat(client.push(TOKEN, pushRequest())).isEqualTo(expected);
    }

    @Test
    void an_apigee_soap_fault_is_unclear_on_5xx_and_a_rejection_on_4xx() {
        String fault = """
                {"Envelope":{"encodingStyle":"http://schemas.xmlsoap.org/soap/encoding/","Body":{"Fault":{"faultcode":"soap:Server",
                "faultstring":"Execution of ServiceCallout SCO-AddURLVault failed. Reason: ResponseCode 409 is treated as error"}}}}""";
        daraja.answer(StkClient.PUSH_PATH, 500, fault);
        assertThat(client.push(TOKEN, pushRequest())).isInstanceOfSatisfying(DarajaOutcome.Unclear.class,
                u -> assertThat(u.reason()).contains("soap:Server"));

        daraja.answer(StkClient.PUSH_PATH, 400, fault);
        assertThat(client.push(TOKEN, pushRequest())).isInstanceOfSatisfying(DarajaOutcome.Rejected.class,
                r -> assertThat(r.errorCode()).isEqualTo("soap:Server"));
    }

    @Test
    void never_returns_the_token_daraja_echoes_back() {
        daraja.answer(StkClient.PUSH_PATH, 403, envelope("403.000.00", "Forbidden for token " + TOKEN));

        assertThat(client.push(TOKEN, pushRequest()).toString()).doesNotContain(TOKEN).contains("****");
    }

    @Test
    void a_push_without_an_answer_is_unclear() {
        daraja.hang(StkClient.PUSH_PATH);

        assertThat(client.push(TOKEN, pushRequest())).isInstanceOfSatisfying(DarajaOutcome.Unclear.class,
                u -> assertThat(u.reason()).contains("read timeout"));
    }

    @Test
    void a_connection_that_is_refused_never_sent_the_request() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DarajaEndpoint nowhere = new DarajaEndpoint(URI.create("http://127.0.0.1:" + closedPort),
                Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(new StkClient(nowhere, nowhere.newHttpClient()).push(TOKEN, pushRequest()))
                .isInstanceOfSatisfying(DarajaOutcome.Throttled.class,
                        t -> assertThat(t.errorCode()).isEqualTo("connection_failed"));
    }

    @Test
    void a_query_reads_string_result_codes() {
        daraja.answer(StkClient.QUERY_PATH, 200, """
                {"ResponseCode":"0","ResponseDescription":"The service request has been accepted successsfully",
                 "MerchantRequestID":"22205-34066-1","CheckoutRequestID":"ws_CO_13012021093521236557",
                 "ResultCode":"1032","ResultDesc":"Request cancelled by user"}""");

        DarajaOutcome<StkQueryResult> outcome = query();

        assertThat(outcome).isEqualTo(new DarajaOutcome.Accepted<>(new StkQueryResult("22205-34066-1",
                "ws_CO_13012021093521236557", "1032", "Request cancelled by user")));
        JsonNode sent = LenientJson.MAPPER.readTree(daraja.seen().body());
        assertThat(sent.propertyNames()).containsExactlyInAnyOrder("BusinessShortCode", "Password", "Timestamp",
                "CheckoutRequestID");
    }

    @Test
    void a_query_answer_without_response_code_is_still_read_as_a_result() {
        daraja.answer(StkClient.QUERY_PATH, 200, """
                {"MerchantRequestID":"22205-34066-1","CheckoutRequestID":"ws_CO_1","ResultCode":0,"ResultDesc":"ok"}""");

        assertThat(query()).isEqualTo(new DarajaOutcome.Accepted<>(new StkQueryResult("22205-34066-1", "ws_CO_1", "0", "ok")));
    }

    @Test
    void an_error_envelope_under_status_200_is_still_an_error() {
        daraja.answer(StkClient.PUSH_PATH, 200, envelope("404.001.03", "Invalid Access Token"));

        assertThat(client.push(TOKEN, pushRequest())).isEqualTo(new DarajaOutcome.InvalidAccessToken<>("404.001.03"));
    }

    @Test
    void a_query_of_a_pending_push_is_still_processing() {
        daraja.answer(StkClient.QUERY_PATH, 500, """
                {"requestId":"ws_CO_20022018230142206","errorCode":"500.001.1001","errorMessage":"The transaction is being processed"}""");

        assertThat(query()).isEqualTo(new DarajaOutcome.StillProcessing<>());
    }

    @Test
    void a_query_refused_for_wrong_credentials_is_a_rejection() {
        daraja.answer(StkClient.QUERY_PATH, 500, envelope("500.001.1001", "Wrong credentials"));

        assertThat(query()).isEqualTo(new DarajaOutcome.Rejected<>(500, "500.001.1001", "Wrong credentials"));
    }

    @Test
    void a_query_without_an_answer_is_unclear() {
        daraja.hang(StkClient.QUERY_PATH);

        assertThat(query()).isInstanceOf(DarajaOutcome.Unclear.class);
    }

    private DarajaOutcome<StkQueryResult> query() {
        return client.query(TOKEN, "174379", PASSKEY, "20160216165627", "ws_CO_13012021093521236557");
    }

    private static StkPushRequest pushRequest() {
        return new StkPushRequest("174379", PASSKEY, "20160216165627", TransactionType.CUSTOMER_PAY_BILL_ONLINE, 10,
                "254708374149", "174379", "https://cb.example.com/v1/callbacks/stk/pay_1/token", "INV1", "Order 1");
    }

    private static String envelope(String code, String message) {
        return "{\"requestId\":\"16813-15-1\",\"errorCode\":\"" + code + "\",\"errorMessage\":\"" + message + "\"}";
    }
}
