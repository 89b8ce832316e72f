package io.mpesagw.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaEnvironment;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.b2c.B2cClient;
import io.mpesagw.daraja.balance.AccountBalanceClient;
import io.mpesagw.daraja.c2b.C2bClient;
import io.mpesagw.daraja.http.Operation;
import io.mpesagw.daraja.http.OutcomeClassifier;
import io.mpesagw.daraja.http.Redaction;
import io.mpesagw.daraja.oauth.DarajaAuthException;
import io.mpesagw.daraja.oauth.DarajaOAuthClient;
import io.mpesagw.daraja.reversal.ReversalClient;
import io.mpesagw.daraja.security.CertificatePerEnvironment;
import io.mpesagw.daraja.security.InitiatorCredentials;
import io.mpesagw.daraja.status.TransactionStatusClient;
import io.mpesagw.daraja.stk.DarajaTimestamp;
import io.mpesagw.daraja.stk.StkClient;
import io.mpesagw.daraja.stk.StkPushRequest;
import io.mpesagw.daraja.stk.TransactionType;
import io.mpesagw.simulator.DarajaTestClient;
import io.mpesagw.simulator.SimulatorApiTest;
import io.mpesagw.simulator.initiator.InitiatorApiSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The daraja-client library pointed at the running simulator, built the way the gateway builds it:
 * the initiator's certificate is the one the simulator serves, chosen as {@link DarajaEnvironment#SIMULATOR}.
 */
final class ContractClients {

    private final DarajaEndpoint endpoint;
    private final HttpClient http;
    private final Path certificateFile;

    /** {@code workDir}: where the downloaded certificate is kept (a JUnit temporary directory). */
    ContractClients(String baseUrl, Path workDir) {
        this.endpoint = new DarajaEndpoint(URI.create(baseUrl), Duration.ofSeconds(2), Duration.ofSeconds(5));
        this.http = endpoint.newHttpClient();
        this.certificateFile = workDir.resolve("simulator-certificate.pem");
    }

    DarajaOAuthClient oauth(Clock clock) {
        return new DarajaOAuthClient(endpoint, http, clock);
    }

    /** A fresh token for the test app (the simulator accepts several at once). */
    String token() {
        try {
            return oauth(Clock.systemUTC())
                    .fetchToken(SimulatorApiTest.CONSUMER_KEY, SimulatorApiTest.CONSUMER_SECRET).value();
        } catch (DarajaAuthException refused) {
            throw new AssertionError("the simulator gave no token: " + refused.getMessage(), refused);
        }
    }

    StkClient stk() {
        return new StkClient(endpoint, http);
    }

    C2bClient c2b() {
        return new C2bClient(endpoint, http);
    }

    B2cClient b2c(String password) {
        return b2c(initiator(password));
    }

    B2cClient b2c(InitiatorCredentials initiator) {
        return new B2cClient(endpoint, http, initiator);
    }

    TransactionStatusClient transactionStatus(String password) {
        return new TransactionStatusClient(endpoint, http, initiator(password));
    }

    AccountBalanceClient accountBalance(String password) {
        return new AccountBalanceClient(endpoint, http, initiator(password));
    }

    ReversalClient reversal(String password) {
        return new ReversalClient(endpoint, http, initiator(password));
    }

    /** The simulator's initiator ({@code testapi}) with {@code password}, right or wrong. */
    InitiatorCredentials initiator(String password) {
        return initiator(InitiatorApiSupport.INITIATOR, password);
    }

    InitiatorCredentials initiator(String name, String password) {
        if (!Files.exists(certificateFile)) {
            downloadCertificate();
        }
        return InitiatorCredentials.forEnvironment(name, password, DarajaEnvironment.SIMULATOR,
                new CertificatePerEnvironment(null, null, certificateFile));
    }

    /** A KES {@code amount} paybill push to the simulator's shortcode from {@code phone}. */
    static StkPushRequest stkPush(String phone, long amount, String callbackUrl) {
        return new StkPushRequest(DarajaTestClient.SHORTCODE, DarajaTestClient.PASSKEY,
                DarajaTimestamp.of(Instant.now()), TransactionType.CUSTOMER_PAY_BILL_ONLINE, amount, phone,
                DarajaTestClient.SHORTCODE, callbackUrl, "INV-001", "Order 1");
    }

    /**
     * What the client makes of the simulator's real answer to a request the client never sends
     * itself (no Authorization header, GET, a non-JSON Content-Type, malformed JSON): the raw
     * exchange goes over HTTP, and its status and body go through the client's own classifier.
     */
    <T> DarajaOutcome<T> classifyRaw(String method, String path, String authorization, String contentType,
            String body, Operation operation) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = send(request.build());
        assertThat(response.statusCode()).as("an error answer: %s", response.body()).isGreaterThanOrEqualTo(400);
        return OutcomeClassifier.classify(response.statusCode(), response.body(), operation, Redaction.of());
    }

    /** The body of an Accepted outcome, or a failure that shows what came instead. */
    static <T> T accepted(DarajaOutcome<T> outcome) {
        assertThat(outcome).isInstanceOf(DarajaOutcome.Accepted.class);
        return ((DarajaOutcome.Accepted<T>) outcome).body();
    }

    private void downloadCertificate() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint.resolve("/simulator/v1/certificate"))
                .build());
        assertThat(response.statusCode()).isEqualTo(200);
        try {
            Files.writeString(certificateFile, response.body());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
