package io.mpesagw.daraja.http;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** One authenticated JSON POST to Daraja, with every transport failure turned into an outcome. */
public final class DarajaExchange {

    private static final Logger log = LoggerFactory.getLogger(DarajaExchange.class);

    private final DarajaEndpoint endpoint;
    private final HttpClient http;

    public DarajaExchange(DarajaEndpoint endpoint, HttpClient http) {
        this.endpoint = endpoint;
        this.http = http;
    }

    /**
     * Sends {@code body} and hands a 2xx JSON answer to {@code onSuccess}; everything else is
     * classified here. {@code redaction} masks the secrets of this call in every message.
     */
    public <T> DarajaOutcome<T> post(String path, String accessToken, JsonNode body, Operation operation,
            Redaction redaction, Function<JsonNode, DarajaOutcome<T>> onSuccess) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(endpoint.readTimeout())
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(LenientJson.MAPPER.writeValueAsString(body)))
                .build();
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response;
        try {
            response = pending.get(endpoint.answerDeadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return new DarajaOutcome.Unclear<>("interrupted while waiting for Daraja on " + path);
        } catch (TimeoutException e) {
            pending.cancel(true);
            log.warn("Daraja {} outcome unclear: no complete answer within {}", path, endpoint.answerDeadline());
            return new DarajaOutcome.Unclear<>("no complete answer within the read timeout on " + path);
        } catch (ExecutionException e) {
            return transportFailure(path, e.getCause() instanceof Exception cause ? cause : e);
        }
        return answer(path, response.statusCode(), response.body(), operation, redaction, onSuccess);
    }

    private <T> DarajaOutcome<T> answer(String path, int status, String body, Operation operation,
            Redaction redaction, Function<JsonNode, DarajaOutcome<T>> onSuccess) {
        if (status < 200 || status > 299) {
            DarajaOutcome<T> outcome = OutcomeClassifier.classify(status, body, operation, redaction);
            log.info("Daraja {} answered HTTP {}: {}", path, status, outcome);
            return outcome;
        }
        Optional<JsonNode> json = LenientJson.object(body);
        if (json.isEmpty()) {
            return new DarajaOutcome.Unclear<>("HTTP " + status + " with a body that is not a JSON object: "
                    + redaction.snippet(body));
        }
        // Some gateways put the error envelope under HTTP 200; a body with a ResponseCode is an answer.
        if (LenientJson.field(json.get(), "ResponseCode") == null && DarajaErrorBody.of(json.get()).isPresent()) {
            return OutcomeClassifier.classify(status, body, operation, redaction);
        }
        return onSuccess.apply(json.get());
    }

    /**
     * A connection that was never made cannot have delivered the request, so it is safe to retry
     * (reported as Throttled); anything after that point may have reached Daraja.
     */
    private static <T> DarajaOutcome<T> transportFailure(String path, Exception e) {
        if (neverConnected(e)) {
            log.warn("could not connect to Daraja for {}: {}", path, e.toString());
            return new DarajaOutcome.Throttled<>("connection_failed",
                    "could not connect to Daraja; the request was not sent (" + e.getClass().getSimpleName() + ")");
        }
        boolean timedOut = e instanceof HttpTimeoutException || e.getCause() instanceof HttpTimeoutException;
        String what = timedOut ? "no answer within the read timeout" : e.toString();
        log.warn("Daraja {} outcome unclear: {}", path, what);
        return new DarajaOutcome.Unclear<>(what + " on " + path);
    }

    private static boolean neverConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                    || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }
}
