package io.mpesagw.simulator.callback;

import io.mpesagw.simulator.SimulatorMetrics;
import io.mpesagw.simulator.SimulatorProperties;
import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * POSTs result callbacks over real HTTP from the configured source address, so the gateway's
 * callback-source allowlist is exercised for real. Like Daraja, it logs the status, ignores the
 * body, and never retries.
 */
@Component
public class CallbackSender {

    private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final SimulatorMetrics metrics;

    public CallbackSender(SimulatorProperties properties, SimulatorMetrics metrics) {
        this.metrics = metrics;
        this.http = HttpClient.newBuilder()
                .localAddress(sourceAddress(properties.callbackSourceAddress()))
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends without blocking the caller. {@code reference} (a CheckoutRequestID) names the callback
     * in logs; the URL's path is left out of them because it carries the gateway's path token.
     */
    public void post(URI url, byte[] json, String reference) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(RESPONSE_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        String target = url.getScheme() + "://" + url.getAuthority();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
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
        });
    }

    @PreDestroy
    void close() {
        http.shutdownNow();
    }

    private static InetAddress sourceAddress(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException unknown) {
            throw new IllegalStateException(
                    "SIMULATOR_CALLBACK_SOURCE_ADDRESS '" + address + "' is not an address of this machine", unknown);
        }
    }
}
