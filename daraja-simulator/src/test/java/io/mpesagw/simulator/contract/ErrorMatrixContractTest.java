package io.mpesagw.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.http.Operation;
import io.mpesagw.daraja.oauth.DarajaAuthException;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.contract.ErrorMatrixRows.Row;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.assertj.core.api.ObjectAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the fact sheet's sync error tables ({@link ErrorMatrixRows}), armed on the simulator
 * through its fault control API and met by daraja-client over real HTTP: each must come out as the
 * outcome the client's README classifies it as. Isolated: armed faults are global.
 */
class ErrorMatrixContractTest extends IsolatedSimulatorApiTest {

    /** One row on one API, named the way a reader looks it up in the fact sheet. */
    record Case(Row row, ClientApi api) {
        @Override
        public String toString() {
            return row + " on " + api + " → " + row.outcomeOn(api);
        }
    }

    @TempDir
    Path workDir;
    private ContractClients clients;
    private String token;

    static Stream<Case> everyRowOnItsApis() {
        return ErrorMatrixRows.ROWS.stream().flatMap(row -> row.apis().stream().map(api -> new Case(row, api)));
    }

    static Stream<Row> rowsOAuthCanGet() {
        return ErrorMatrixRows.ROWS.stream().filter(Row::oauth);
    }

    @BeforeEach
    void connect() {
        clients = new ContractClients(baseUrl(), workDir);
        token = clients.token();
    }

    @AfterEach
    void disarm() {
        assertThat(daraja().request("DELETE", "/simulator/v1/faults", null).status()).isEqualTo(204);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRowOnItsApis")
    void each_documented_error_reads_as_the_outcome_the_client_documents(Case matrix) {
        Row row = matrix.row();
        arm(row.fault(matrix.api().path));

        DarajaOutcome<?> outcome = matrix.api().call(clients, token);

        assertThat(armedFaults()).as("%s: the call reached %s and took the armed answer", matrix, matrix.api().path)
                .isZero();
        assertThat(outcome.toString()).as("%s: no token in the outcome", matrix).doesNotContain(token);
        // Surefire names a case by its index only: the description says which row failed.
        ObjectAssert<?> that = assertThat(outcome).as(matrix.toString());
        switch (row.expect()) {
            case REJECTED -> that.isEqualTo(new DarajaOutcome.Rejected<>(row.status(), row.code(), row.message()));
            case INVALID_TOKEN -> that.isEqualTo(new DarajaOutcome.InvalidAccessToken<>(row.code()));
            case THROTTLED -> that.isEqualTo(new DarajaOutcome.Throttled<>(row.code(), row.message()));
            case STILL_PROCESSING_ON_QUERY -> {
                if (matrix.api().operation == Operation.QUERY) {
                    that.isEqualTo(new DarajaOutcome.StillProcessing<>());
                } else {
                    assertUnclear(that, row);
                }
            }
            case UNCLEAR -> assertUnclear(that, row);
        }
    }

    /** OAuth has no DarajaOutcome: a 4xx is a refused, a 5xx an unavailable token service. */
    @ParameterizedTest(name = "{0} on OAuth")
    @MethodSource("rowsOAuthCanGet")
    void each_error_oauth_can_get_is_a_refusal_or_an_unavailable_token_service(Row row) {
        arm(row.fault("/oauth/v1/generate"));

        DarajaAuthException failure = catchThrowableOfType(DarajaAuthException.class,
                () -> clients.oauth(Clock.systemUTC()).fetchToken(CONSUMER_KEY, CONSUMER_SECRET));

        assertThat(armedFaults()).as("%s on OAuth: the armed answer was taken", row).isZero();
        assertThat(failure).as("%s on OAuth", row).isNotNull();
        assertThat(failure.reason()).as("%s on OAuth", row).isEqualTo(row.status() < 500
                ? DarajaAuthException.Reason.REFUSED : DarajaAuthException.Reason.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("HTTP " + row.status())
                .contains(row.code() == null ? "(empty body)" : row.code())
                .doesNotContain(CONSUMER_SECRET);
    }

    /** The reason is free text; it must at least name what Daraja said, for the operator. */
    private static void assertUnclear(ObjectAssert<?> that, Row row) {
        that.isInstanceOfSatisfying(DarajaOutcome.Unclear.class, unclear -> assertThat(unclear.reason())
                .contains(row.code() == null ? "HTTP " + row.status() : row.code()));
    }

    private void arm(String fault) {
        assertThat(daraja().postJson("/simulator/v1/faults", null, fault).status()).as(fault).isEqualTo(200);
    }

    private int armedFaults() {
        return daraja().request("GET", "/simulator/v1/faults", null).json().size();
    }
}
