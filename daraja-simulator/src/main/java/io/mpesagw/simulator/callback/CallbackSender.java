package io.mpesagw.simulator.callback;

import io.mpesagw.simulator.SimulatorMetrics;
import io.mpesagw.simulator.fault.FaultCounters;
import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * POSTs result callbacks over real HTTP from the current {@link CallbackSourceAddress}, so the
 * gateway's callback-source allowlist is exercised for real. Like Daraja, it logs the status, ignores the
 * body, and never retries. Every callback passes through {@link CallbackFaults}, so test control can
 * drop or duplicate the callbacks of any API.
 */
@Component
public class CallbackSender {

    private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);

    /**
     * One client per source address ever used (the bind is fixed per client). Kept, not shut down on
     * a switch, so a callback in flight from the old address still completes.
     */
    private final Map<InetAddress, HttpClient> clients = new ConcurrentHashMap<>();
    private final CallbackSourceAddress source;
    private final SimulatorMetrics metrics;
    private final CallbackFaults faults;
    private final FaultCounters faultCounters;

    public CallbackSender(CallbackSourceAddress source, SimulatorMetrics metrics, CallbackFaults faults,
            FaultCounters faultCounters) {
        this.source = source;
        this.metrics = metrics;
        this.faults = faults;
        this.faultCounters = faultCounters;
    }

    /**
     * Sends without blocking the caller, unless test control drops it (or sends it twice).
     * {@code reference} (a CheckoutRequestID, TransID, ConversationID) names the callback in logs;
     * the URL's path is left out of them because it carries the gateway's path token.
     */
    public void post(CallbackKind kind, URI url, byte[] json, String reference) {
        CallbackFaults.Action fault = faults.next(kind).orElse(null);
        if (fault == CallbackFaults.Action.DROP) {
            faultCounters.injected(FaultCounters.CALLBACK_DROP);
            log.info("Callback {} to {} dropped (test control)", reference, target(url));
            return;
        }
        CompletableFuture<Void> first = send(url, json, reference);
        if (fault == CallbackFaults.Action.DUPLICATE) {
            faultCounters.injected(FaultCounters.CALLBACK_DUPLICATE);
            // The second delivery follows the first, like Daraja's repeated C2B confirmations.
            first.whenComplete((done, ignored) -> send(url, json, reference + " (duplicate)"));
        }
    }

    /**
     * A request that wants an answer (C2B validation): the body of a 2xx reply within
     * {@code timeout}, or empty when the URL is unreachable, too slow or answers non-2xx. Never
     * dropped or duplicated: Daraja falls back to the ResponseType instead.
     */
    public CompletableFuture<Optional<byte[]>> ask(URI url, byte[] json, String reference, Duration timeout) {
        String target = target(url);
        return http().sendAsync(request(url, json, timeout), HttpResponse.BodyHandlers.ofByteArray())
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> {
                    if (failure != null) {
                        metrics.callbackFailed();
                        log.warn("Request {} to {} not answered: {}", reference, target, failure.toString());
                        return Optional.empty();
                    }
                    boolean ok = response.statusCode() / 100 == 2;
                    if (ok) {
                        metrics.callbackSent();
                    } else {
                        metrics.callbackFailed();
                    }
                    log.info("Request {} to {} answered HTTP {}", reference, target, response.statusCode());
                    return ok ? Optional.of(response.body()) : Optional.empty();
                });
    }

    private CompletableFuture<Void> send(URI url, byte[] json, String reference) {
        String target = target(url);
        return http().sendAsync(request(url, json, RESPONSE_TIMEOUT), HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    if (failure != null) {
                        metrics.callbackFailed();
                        log.warn("Callback {} to {} not delivered: {}", reference, target, failure.toString());
                    } else if (response.statusCode() / 100 == 2) {
                        metrics.callbackSent();
                        log.info("Callback {} to {} answered HTTP {}", reference, target, response.statusCode());
                    } else {
                        metrics.callbackFailed();
                        log.warn("Callback {} to {} answered HTTP {}", reference, target, response.statusCode());
                    }
                    return null;
                });
    }

    private static HttpRequest request(URI url, byte[] json, Duration timeout) {
        return HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
    }

    private static String target(URI url) {
        return url.getScheme() + "://" + url.getAuthority();
    }

    private HttpClient http() {
        return clients.computeIfAbsent(source.current(), address -> HttpClient.newBuilder()
                .localAddress(address)
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::shutdownNow);
    }
}
