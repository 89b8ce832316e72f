package io.mpesagw.daraja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.mpesagw.daraja.http.Operation;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the fact sheet's section 1 error matrix, answered to every API over real HTTP. */
class SyncErrorMatrixTest {

    enum Expect { REJECTED, INVALID_TOKEN, THROTTLED, PENDING_ON_QUERY, UNCLEAR }

    record Row(int status, String code, String message, Expect expect) {
        @Override
        public String toString() {
            return status + " " + code + " '" + message + "'";
        }
    }

    static final List<Row> MATRIX = List.of(
            new Row(400, "400.002.02", "Bad Request - Invalid BusinessShortCode", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid PhoneNumber", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid Amount", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid CallBackURL", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid PartyA", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid PartyB", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid TransactionType", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid Password", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid Timestamp", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid InitiatorName", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid SecurityCredential", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid TransactionID", Expect.REJECTED),
            new Row(400, "400.002.02", "Bad Request - Invalid Remarks", Expect.REJECTED),
            new Row(400, "400.002.05", "Invalid Request Payload", Expect.REJECTED),
            new Row(404, "404.001.03", "Invalid Access Token", Expect.INVALID_TOKEN),
            new Row(401, "401.002.01", "Error Occurred - Invalid Access Token - " + DarajaApi.TOKEN, Expect.INVALID_TOKEN),
            new Row(400, "400.003.01", "Invalid Access Token", Expect.INVALID_TOKEN),
            new Row(404, "404.001.01", "Resource not found", Expect.REJECTED),
            new Row(404, "404.003.01", "Resource not found", Expect.REJECTED),
            new Row(404, "404.002.01", "Resource not found", Expect.REJECTED),
            new Row(404, "404.001.04", "Invalid Authentication Header", Expect.REJECTED),
            new Row(405, "405.001", "GET Method Not Allowed", Expect.REJECTED),
            new Row(500, "500.001.1001", "Merchant does not exist", Expect.REJECTED),
            new Row(500, "500.001.1001", "Wrong credentials", Expect.REJECTED),
            new Row(500, "500.001.1001", "[MerchantValidate] - Wrong credentials", Expect.REJECTED),
            new Row(500, "500.001.1001",
                    "Unable to lock subscriber, a transaction is already in process for the current subscriber",
                    Expect.REJECTED),
            new Row(500, "500.001.1001", "The transaction is being processed", Expect.PENDING_ON_QUERY),
            new Row(500, "500.002.1001", "Duplicate OriginatorConversationID.", Expect.REJECTED),
            new Row(500, "500.002.1001", "System internal error.", Expect.UNCLEAR),
            new Row(500, "500.003.1001", "Internal Server Error", Expect.UNCLEAR),
            new Row(500, "500.003.1001", "Urls are already registered.", Expect.REJECTED),
            new Row(500, "500.003.1001", "Duplicate notification info, SP ID is 107031", Expect.REJECTED),
            new Row(500, "500.003.02", "Error Occurred: Spike Arrest Violation", Expect.THROTTLED),
            new Row(500, "500.003.02", "Error Occured: Spike Arrest Violation", Expect.THROTTLED),
            new Row(500, "500.003.03", "Error Occurred: Quota Violation", Expect.THROTTLED),
            new Row(500, "500.003.03", "Quota Violation", Expect.THROTTLED),
            new Row(500, "500.003.02", "System is busy. Please try again in few minutes.", Expect.THROTTLED));

    private static StubDaraja daraja;
    private static DarajaEndpoint endpoint;

    @BeforeAll
    static void start() throws Exception {
        daraja = new StubDaraja();
        endpoint = daraja.endpoint(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        daraja.close();
    }

    static Stream<Arguments> everyApiAndRow() {
        return Stream.of(DarajaApi.values()).flatMap(api -> MATRIX.stream().map(row -> arguments(api, row)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyApiAndRow")
    void maps_each_documented_error_to_its_outcome(DarajaApi api, Row row) {
        daraja.answer(api.path, row.status(), "{\"requestId\":\"1c5b-4ba8-815c-ac45c57a3db01495926\",\"errorCode\":\""
                + row.code() + "\",\"errorMessage\":\"" + row.message() + "\"}");

        DarajaOutcome<?> outcome = api.call(endpoint);

        assertThat(daraja.seen().pathAndQuery()).isEqualTo(api.path);
        switch (row.expect()) {
            case REJECTED -> assertThat(outcome).isEqualTo(new DarajaOutcome.Rejected<>(row.status(), row.code(), row.message()));
            case INVALID_TOKEN -> assertThat(outcome).isEqualTo(new DarajaOutcome.InvalidAccessToken<>(row.code()));
            case THROTTLED -> assertThat(outcome).isEqualTo(new DarajaOutcome.Throttled<>(row.code(), row.message()));
            case PENDING_ON_QUERY -> assertThat(outcome).isEqualTo(api.operation == Operation.QUERY
                    ? new DarajaOutcome.StillProcessing<>()
                    : new DarajaOutcome.Unclear<>("Daraja says the transaction is being processed (" + row.code() + ")"));
            case UNCLEAR -> assertThat(outcome).isInstanceOfSatisfying(DarajaOutcome.Unclear.class,
                    u -> assertThat(u.reason()).contains(row.code()).contains(row.message()));
        }
        assertThat(outcome.toString()).doesNotContain(DarajaApi.TOKEN).doesNotContain(DarajaApi.INITIATOR_PASSWORD);
    }
}
