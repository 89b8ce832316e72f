package io.mpesagw.simulator.contract;

import static io.mpesagw.simulator.contract.ContractClients.stkPush;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.b2c.B2cCommand;
import io.mpesagw.daraja.b2c.B2cPaymentRequest;
import io.mpesagw.daraja.c2b.C2bApiVersion;
import io.mpesagw.daraja.c2b.C2bRegistration;
import io.mpesagw.daraja.c2b.C2bResponseType;
import io.mpesagw.daraja.oauth.DarajaAuthException;
import io.mpesagw.daraja.stk.StkQueryResult;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults armed through the simulator's control API, as daraja-client reads them: throttling means
 * "not processed, back off"; an HTML 5xx means the outcome is unknown. Isolated: faults are global.
 */
class ApiFaultContractTest extends IsolatedSimulatorApiTest {

    /** Nothing listens here: a throttled or failed call sends no callback. */
    private static final String NOWHERE = "http://127.0.0.1:9/callbacks/faults";

    @TempDir
    Path workDir;
    private ContractClients clients;
    private String token;

    @BeforeEach
    void connect() {
        clients = new ContractClients(baseUrl(), workDir);
        token = clients.token();
    }

    @AfterEach
    void disarm() {
        assertThat(daraja().request("DELETE", "/simulator/v1/faults", null).status()).isEqualTo(204);
    }

    @Test
    void spike_arrest_reads_as_throttled_on_every_api() {
        arm("{\"fault\":\"spike-arrest\",\"count\":2}");

        assertThat(clients.stk().push(token, stkPush("254712011601", 10, NOWHERE))).isEqualTo(
                new DarajaOutcome.Throttled<>("500.003.02", "Error Occurred: Spike Arrest Violation"));
        assertThat(clients.b2c(InitiatorApiSupport.PASSWORD).payV3(token, payout())).isEqualTo(
                new DarajaOutcome.Throttled<>("500.003.02", "Error Occurred: Spike Arrest Violation"));
    }

    @Test
    void a_quota_violation_reads_as_throttled() {
        arm("{\"fault\":\"quota\",\"path\":\"/mpesa/c2b/v1/registerurl\"}");
        C2bRegistration urls = new C2bRegistration("600701", C2bResponseType.COMPLETED, NOWHERE, NOWHERE);

        assertThat(clients.c2b().registerUrls(token, urls, C2bApiVersion.V1))
                .isEqualTo(new DarajaOutcome.Throttled<>("500.003.03", "Error Occurred: Quota Violation"));
    }

    @Test
    void a_throttled_oauth_call_is_an_unavailable_token_service() {
        arm("{\"fault\":\"spike-arrest\",\"path\":\"/oauth/v1/generate\"}");

        DarajaAuthException failure = catchThrowableOfType(DarajaAuthException.class,
                () -> clients.oauth(Clock.systemUTC()).fetchToken(CONSUMER_KEY, CONSUMER_SECRET));

        assertThat(failure.reason()).isEqualTo(DarajaAuthException.Reason.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("500.003.02");
    }

    @Test
    void an_html_server_error_reads_as_unclear_on_a_push_and_on_a_query() {
        arm("{\"fault\":\"server-error\",\"status\":503,\"count\":2}");

        DarajaOutcome<?> push = clients.stk().push(token, stkPush("254712011602", 10, NOWHERE));
        DarajaOutcome<StkQueryResult> query = clients.stk().query(token, DarajaTestClient.SHORTCODE,
                DarajaTestClient.PASSKEY, DarajaTestClient.TIMESTAMP, "ws_CO_01012020000000000712011602");

        assertThat(push).isInstanceOf(DarajaOutcome.Unclear.class);
        assertThat(((DarajaOutcome.Unclear<?>) push).reason()).contains("HTTP 503");
        assertThat(query).as("not StillProcessing: nothing says the request was read")
                .isInstanceOf(DarajaOutcome.Unclear.class);
    }

    private void arm(String fault) {
        assertThat(daraja().postJson("/simulator/v1/faults", null, fault).status()).isEqualTo(200);
    }

    private static B2cPaymentRequest payout() {
        return new B2cPaymentRequest("contract-" + UUID.randomUUID(), B2cCommand.BUSINESS_PAYMENT, 10,
                InitiatorApiSupport.SHORTCODE, "254712011603", "Fault test", NOWHERE, NOWHERE, null);
    }
}
