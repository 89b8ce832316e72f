package io.mpesagw.daraja.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.StubDaraja;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DarajaOAuthClientTest {

    private static final String KEY = "consumerKeyAbc123";
    private static final String SECRET = "consumerSecretXyz789";
    private static final String GENERATE = "/oauth/v1/generate";
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private StubDaraja daraja;
    private DarajaOAuthClient client;

    @BeforeEach
    void start() throws Exception {
        daraja = new StubDaraja();
        DarajaEndpoint endpoint = daraja.endpoint(Duration.ofMillis(400));
        client = new DarajaOAuthClient(endpoint, endpoint.newHttpClient(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void fetches_a_token_with_basic_auth_and_a_string_expires_in() throws Exception {
        daraja.answer(GENERATE, 200, "{\"access_token\":\"c9SQxWWhmdVRlyh0zh8gZDTkubVF\",\"expires_in\":\"3599\"}");

        AccessToken token = client.fetchToken(KEY, SECRET);

        assertThat(token).isEqualTo(new AccessToken("c9SQxWWhmdVRlyh0zh8gZDTkubVF", NOW.plusSeconds(3599)));
        assertThat(daraja.seen().method()).isEqualTo("GET");
        assertThat(daraja.seen().pathAndQuery()).isEqualTo("/oauth/v1/generate?grant_type=client_credentials");
        assertThat(daraja.seen().authorization()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void accepts_a_numeric_expires_in() throws Exception {
        daraja.answer(GENERATE, 200, "{\"access_token\":\"tok\",\"expires_in\":3599}");

        assertThat(client.fetchToken(KEY, SECRET).expiresAt()).isEqualTo(NOW.plusSeconds(3599));
    }

    @Test
    void the_token_never_appears_in_its_string_form() throws Exception {
        daraja.answer(GENERATE, 200, "{\"access_token\":\"c9SQxWWhmdVRlyh0zh8gZDTkubVF\",\"expires_in\":\"3599\"}");

        assertThat(client.fetchToken(KEY, SECRET).toString()).doesNotContain("c9SQ").contains("****");
    }

    @Test
    void wrong_credentials_are_refused_without_echoing_them() {
        daraja.answer(GENERATE, 400,
                "{\"requestId\":\"1\",\"errorCode\":\"400.008.01\",\"errorMessage\":\"Invalid Authentication passed for " + KEY + "\"}");

        assertThatThrownBy(() -> client.fetchToken(KEY, SECRET))
                .isInstanceOfSatisfying(DarajaAuthException.class,
                        e -> assertThat(e.reason()).isEqualTo(DarajaAuthException.Reason.REFUSED))
                .hasMessageContaining("400.008.01")
                .hasMessageNotContaining(KEY)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void a_server_error_or_unreadable_answer_means_unavailable() {
        daraja.answer(GENERATE, 503, "<html>Service Unavailable</html>");
        assertThatThrownBy(() -> client.fetchToken(KEY, SECRET))
                .isInstanceOfSatisfying(DarajaAuthException.class,
                        e -> assertThat(e.reason()).isEqualTo(DarajaAuthException.Reason.UNAVAILABLE));

        daraja.answer(GENERATE, 200, "{\"expires_in\":\"3599\"}");
        assertThatThrownBy(() -> client.fetchToken(KEY, SECRET)).hasMessageContaining("without an access_token");
    }

    @Test
    void a_body_that_stalls_after_the_headers_is_unavailable_within_the_deadline() {
        DarajaEndpoint quick = daraja.endpoint(Duration.ofMillis(300), Duration.ofMillis(300));
        daraja.stall(GENERATE);
        long started = System.nanoTime();

        assertThatThrownBy(() -> new DarajaOAuthClient(quick, quick.newHttpClient(), Clock.fixed(NOW, ZoneOffset.UTC))
                .fetchToken(KEY, SECRET))
                .isInstanceOfSatisfying(DarajaAuthException.class,
                        e -> assertThat(e.reason()).isEqualTo(DarajaAuthException.Reason.UNAVAILABLE));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a_silent_daraja_times_out_as_unavailable() {
        daraja.hang(GENERATE);

        assertThatThrownBy(() -> client.fetchToken(KEY, SECRET))
                .isInstanceOfSatisfying(DarajaAuthException.class,
                        e -> assertThat(e.reason()).isEqualTo(DarajaAuthException.Reason.UNAVAILABLE))
                .hasMessageContaining("did not answer");
    }
}
