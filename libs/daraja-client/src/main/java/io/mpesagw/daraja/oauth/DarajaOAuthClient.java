package io.mpesagw.daraja.oauth;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.http.DarajaErrorBody;
import io.mpesagw.daraja.http.LenientJson;
import io.mpesagw.daraja.http.Redaction;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** Fetches Daraja OAuth tokens (fact sheet section 2). Caching is the caller's job. */
public final class DarajaOAuthClient {

    static final String PATH = "/oauth/v1/generate?grant_type=client_credentials";
    /** Daraja documents a 3600 s lifetime; used only when an answer omits expires_in. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(3599);
    private static final Logger log = LoggerFactory.getLogger(DarajaOAuthClient.class);

    private final DarajaEndpoint endpoint;
    private final HttpClient http;
    private final Clock clock;

    public DarajaOAuthClient(DarajaEndpoint endpoint, HttpClient http, Clock clock) {
        this.endpoint = endpoint;
        this.http = http;
        this.clock = clock;
    }

    /** GET /oauth/v1/generate?grant_type=client_credentials with Basic auth; expires_in string or number. */
    public AccessToken fetchToken(String consumerKey, String consumerSecret) throws DarajaAuthException {
        if (consumerKey == null || consumerKey.isBlank() || consumerSecret == null || consumerSecret.isBlank()) {
            throw new DarajaAuthException(DarajaAuthException.Reason.REFUSED, "consumer key and secret are required");
        }
        String basic = Base64.getEncoder().encodeToString(
                (consumerKey + ":" + consumerSecret).getBytes(StandardCharsets.UTF_8));
        Redaction redaction = Redaction.of(consumerKey, consumerSecret, basic);
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(PATH))
                .timeout(endpoint.readTimeout())
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw refusal(response, redaction);
        }
        return token(response.body(), redaction);
    }

    private HttpResponse<String> send(HttpRequest request) throws DarajaAuthException {
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            return pending.get(endpoint.answerDeadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new DarajaAuthException(DarajaAuthException.Reason.UNAVAILABLE,
                    "Daraja OAuth did not answer within " + endpoint.answerDeadline(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new DarajaAuthException(DarajaAuthException.Reason.UNAVAILABLE,
                        "Daraja OAuth did not answer within " + endpoint.readTimeout(), e.getCause());
            }
            throw new DarajaAuthException(DarajaAuthException.Reason.UNAVAILABLE,
                    "Daraja OAuth is unreachable: " + e.getCause().getClass().getSimpleName(), e.getCause());
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new DarajaAuthException(DarajaAuthException.Reason.UNAVAILABLE, "interrupted while fetching a token", e);
        }
    }

    private static DarajaAuthException refusal(HttpResponse<String> response, Redaction redaction) {
        int status = response.statusCode();
        String detail = DarajaErrorBody.of(response.body())
                .map(e -> e.errorCode() + " " + redaction.apply(e.errorMessage()))
                .orElseGet(() -> redaction.snippet(response.body()));
        log.warn("Daraja OAuth answered HTTP {}: {}", status, detail);
        DarajaAuthException.Reason reason = status >= 400 && status < 500
                ? DarajaAuthException.Reason.REFUSED : DarajaAuthException.Reason.UNAVAILABLE;
        return new DarajaAuthException(reason, "Daraja OAuth answered HTTP " + status + ": " + detail);
    }

    private AccessToken token(String body, Redaction redaction) throws DarajaAuthException {
        Optional<JsonNode> json = LenientJson.object(body);
        String value = json.map(j -> LenientJson.textField(j, "access_token")).orElse(null);
        if (value == null && json.flatMap(DarajaErrorBody::of).isPresent()) {
            // An error envelope under HTTP 200 (seen from other-country gateways) is still a refusal.
            DarajaErrorBody error = json.flatMap(DarajaErrorBody::of).get();
            throw new DarajaAuthException(DarajaAuthException.Reason.REFUSED, "Daraja OAuth refused: "
                    + error.errorCode() + " " + redaction.apply(error.errorMessage()));
        }
        if (value == null) {
            throw new DarajaAuthException(DarajaAuthException.Reason.UNAVAILABLE,
                    "Daraja OAuth answered 200 without an access_token: " + redaction.snippet(body));
        }
        return new AccessToken(value, clock.instant().plus(lifetime(json.get())));
    }

    private static Duration lifetime(JsonNode json) throws DarajaAuthException {
        String expiresIn = LenientJson.textField(json, "expires_in");
        if (expiresIn == null) {
            return DEFAULT_LIFETIME;
        }
        try {
            long seconds = new java.math.BigDecimal(expiresIn).longValue();
            if (seconds <= 0) {
                throw new NumberFormatException("not positive");
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new DarajaAuthException(DarajaAuthException.Reason.UNAVAILABLE,
                    "Daraja OAuth answered an expires_in that is not a positive number: '" + expiresIn + "'");
        }
    }
}
