package io.mpesagw.simulator.contract;

import static io.mpesagw.simulator.contract.ContractClients.accepted;
import static io.mpesagw.simulator.contract.ContractClients.stkPush;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.b2c.B2cCommand;
import io.mpesagw.daraja.b2c.B2cPaymentRequest;
import io.mpesagw.daraja.oauth.AccessToken;
import io.mpesagw.daraja.oauth.DarajaAuthException;
import io.mpesagw.daraja.oauth.DarajaOAuthClient;
import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.IsolatedSimulatorApiTest;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OAuth and token expiry through daraja-client against the simulator. Isolated: expiring tokens
 * (by the simulator's clock or its control API) touches every token of the context.
 */
class OAuthContractTest extends IsolatedSimulatorApiTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static CallbackReceiver receiver;

    @TempDir
    Path workDir;
    private ContractClients clients;

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
    }

    @Test
    void the_string_expires_in_sets_when_the_token_stops_working() throws Exception {
        AccessToken token = clients.oauth(Clock.fixed(NOW, ZoneOffset.UTC))
                .fetchToken(CONSUMER_KEY, CONSUMER_SECRET);

        // The test context issues 600 s tokens and answers "599", as Daraja answers "3599".
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(599));
        assertThat(token.value()).matches("[A-Za-z0-9]{28}");
    }

    @Test
    void a_lifetime_set_through_the_control_api_reaches_the_client_as_expires_in() throws Exception {
        assertThat(daraja().postJson("/simulator/v1/tokens/lifetime", null, "{\"seconds\":30}").status())
                .isEqualTo(200);
        try {
            AccessToken token = clients.oauth(Clock.fixed(NOW, ZoneOffset.UTC)).fetchToken(CONSUMER_KEY, CONSUMER_SECRET);

            assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(29));
        } finally {
            daraja().request("DELETE", "/simulator/v1/tokens/lifetime", null);
        }
    }

    @Test
    void wrong_app_credentials_are_refused_with_400_008_01() {
        DarajaAuthException refused = catchThrowableOfType(DarajaAuthException.class,
                () -> clients.oauth(Clock.systemUTC()).fetchToken(CONSUMER_KEY, "not-the-secret"));

        assertThat(refused.reason()).isEqualTo(DarajaAuthException.Reason.REFUSED);
        assertThat(refused.getMessage()).contains("HTTP 400", "400.008.01", "Invalid Authentication passed")
                .doesNotContain("not-the-secret");
    }

    @Test
    void a_wrong_grant_type_is_refused_with_400_008_02() {
        // The client always asks for client_credentials; a base URL that already carries another
        // grant_type is the only way to make it send a wrong one (its own appears as another value).
        DarajaEndpoint wrongGrant = new DarajaEndpoint(
                URI.create(baseUrl() + "/oauth/v1/generate?grant_type=password&then="),
                Duration.ofSeconds(2), Duration.ofSeconds(5));
        DarajaOAuthClient oauth = new DarajaOAuthClient(wrongGrant, wrongGrant.newHttpClient(), Clock.systemUTC());

        DarajaAuthException refused = catchThrowableOfType(DarajaAuthException.class,
                () -> oauth.fetchToken(CONSUMER_KEY, CONSUMER_SECRET));

        assertThat(refused.reason()).isEqualTo(DarajaAuthException.Reason.REFUSED);
        assertThat(refused.getMessage()).contains("400.008.02", "Invalid grant type passed");
    }

    @Test
    void an_expired_token_reads_as_invalid_access_token_in_both_flavours_and_a_new_one_works() {
        String token = clients.token();
        clock.advance(Duration.ofSeconds(600));

        assertThat(clients.stk().push(token, stkPush("254712011501", 10, receiver.urlFor("unused"))))
                .isEqualTo(new DarajaOutcome.InvalidAccessToken<>("404.001.03"));
        assertThat(clients.b2c(InitiatorApiSupport.PASSWORD).payV3(token, payout("expired")))
                .isEqualTo(new DarajaOutcome.InvalidAccessToken<>("401.002.01"));

        // What the caller does on InvalidAccessToken: one new token, one retry.
        String fresh = clients.token();
        accepted(clients.stk().push(fresh, stkPush("254712011501", 10, receiver.urlFor("after-refresh"))));
        accepted(clients.b2c(InitiatorApiSupport.PASSWORD).payV3(fresh, payout("after-refresh-b2c")));
    }

    @Test
    void tokens_expired_through_the_control_api_read_as_invalid_access_token() {
        String token = clients.token();
        assertThat(daraja().postJson("/simulator/v1/tokens/expire", null, "").status()).isEqualTo(200);

        assertThat(clients.stk().push(token, stkPush("254712011502", 10, receiver.urlFor("unused"))))
                .isEqualTo(new DarajaOutcome.InvalidAccessToken<>("404.001.03"));
    }

    private static B2cPaymentRequest payout(String name) {
        return new B2cPaymentRequest("contract-" + UUID.randomUUID(), B2cCommand.BUSINESS_PAYMENT, 10,
                InitiatorApiSupport.SHORTCODE, "254712011503", "Token test", receiver.urlFor(name + "-timeout"),
                receiver.urlFor(name), null);
    }
}
