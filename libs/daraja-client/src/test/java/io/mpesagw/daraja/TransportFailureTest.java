package io.mpesagw.daraja;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers no client can read as a Daraja answer: each is Unclear (the request may have been processed),
 * except a connection never made (nothing was sent) and a 4xx (refused before processing).
 */
class TransportFailureTest {

    private static StubDaraja daraja;
    private static DarajaEndpoint endpoint;

    @BeforeAll
    static void start() throws Exception {
        daraja = new StubDaraja();
        endpoint = daraja.endpoint(Duration.ofMillis(300), Duration.ofMillis(300));
    }

    @AfterAll
    static void stop() {
        daraja.close();
    }

    @ParameterizedTest
    @EnumSource(DarajaApi.class)
    void a_silent_daraja_is_unclear(DarajaApi api) {
        daraja.hang(api.path);

        assertThat(api.call(endpoint)).isInstanceOfSatisfying(DarajaOutcome.Unclear.class,
                u -> assertThat(u.reason()).contains("read timeout"));
    }

    @ParameterizedTest
    @EnumSource(DarajaApi.class)
    void a_body_that_stalls_after_the_headers_is_unclear_within_the_deadline(DarajaApi api) {
        daraja.stall(api.path);
        long started = System.nanoTime();

        assertThat(api.call(endpoint)).isInstanceOf(DarajaOutcome.Unclear.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @ParameterizedTest
    @EnumSource(DarajaApi.class)
    void an_html_503_from_a_proxy_is_unclear(DarajaApi api) {
        daraja.answer(api.path, 503, "<html><body><h1>503 Service Unavailable</h1></body></html>", "text/html");

        assertThat(api.call(endpoint)).isEqualTo(new DarajaOutcome.Unclear<>(
                "HTTP 503 without a Daraja error code: <html><body><h1>503 Service Unavailable</h1></body></html>"));
    }

    @ParameterizedTest
    @EnumSource(DarajaApi.class)
    void an_empty_502_is_unclear(DarajaApi api) {
        daraja.answer(api.path, 502, "");

        assertThat(api.call(endpoint)).isEqualTo(new DarajaOutcome.Unclear<>("HTTP 502 without a Daraja error code: (empty body)"));
    }

    @ParameterizedTest
    @EnumSource(DarajaApi.class)
    void a_200_that_is_not_a_json_object_is_unclear(DarajaApi api) {
        daraja.answer(api.path, 200, "<html>Welcome</html>", "text/html");
        assertThat(api.call(endpoint)).isInstanceOf(DarajaOutcome.Unclear.class);

        daraja.answer(api.path, 200, "[{\"ResponseCode\":\"0\"}]");
        assertThat(api.call(endpoint)).isInstanceOf(DarajaOutcome.Unclear.class);
    }

    @ParameterizedTest
    @EnumSource(DarajaApi.class)
    void a_200_with_unexpected_json_is_unclear(DarajaApi api) {
        daraja.answer(api.path, 200, "{\"status\":\"ok\",\"data\":{}}");

        assertThat(api.call(endpoint)).isInstanceOf(DarajaOutcome.Unclear.class);
    }

    @ParameterizedTest
    @EnumSource(DarajaApi.class)
    void a_non_zero_response_code_is_a_rejection(DarajaApi api) {
        daraja.answer(api.path, 200, "{\"ResponseCode\":\"1\",\"ResponseDescription\":\"Rejected\",\"ResultCode\":\"1\"}");

        assertThat(api.call(endpoint)).isEqualTo(new DarajaOutcome.Rejected<>(200, "1", "Rejected"));
    }

    @ParameterizedTest
    @EnumSource(DarajaApi.class)
    void an_unreadable_4xx_is_a_rejection_keeping_the_status(DarajaApi api) {
        daraja.answer(api.path, 403, "<html>Forbidden</html>", "text/html");

        assertThat(api.call(endpoint)).isEqualTo(new DarajaOutcome.Rejected<>(403, "http_403", "<html>Forbidden</html>"));
    }

    @ParameterizedTest
    @EnumSource(DarajaApi.class)
    void a_refused_connection_never_sent_the_request(DarajaApi api) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DarajaEndpoint nowhere = new DarajaEndpoint(URI.create("http://127.0.0.1:" + closedPort),
                Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(api.call(nowhere)).isInstanceOfSatisfying(DarajaOutcome.Throttled.class,
                t -> assertThat(t.errorCode()).isEqualTo("connection_failed"));
    }
}
