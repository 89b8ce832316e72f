package io.mpesagw.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Creates the demo checkout session that the launcher prints a link to. */
final class DemoCheckout {

    static final String REQUEST = "{\"amount\":10,\"reference\":\"DEMO-1\",\"description\":\"Demo order\"}";

    private DemoCheckout() {
    }

    /** A session as the gateway returns it; empty (with a warning) when the gateway refuses. */
    static Optional<CheckoutSession> create(String gatewayUrl, String merchantSecretKey) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(gatewayUrl + "/v1/checkout/sessions"))
                            .timeout(Duration.ofSeconds(15))
                            .header("Authorization", "Bearer " + merchantSecretKey)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "local-stack-demo-" + System.currentTimeMillis())
                            .POST(HttpRequest.BodyPublishers.ofString(REQUEST))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                System.err.println("[local-stack] warning: the demo checkout session was not created: HTTP "
                        + response.statusCode() + " " + response.body());
                return Optional.empty();
            }
            JsonNode body = JsonMapper.builder().build().readTree(response.body());
            return Optional.of(new CheckoutSession(body.path("id").asString(), body.path("client_secret").asString(),
                    body.path("url").asString()));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            System.err.println("[local-stack] warning: the demo checkout session was not created: " + e);
            return Optional.empty();
        }
    }

    /** {@code POST /v1/checkout/sessions} answer: {@code {"id":"cs_...","client_secret":"...","url":"..."}}. */
    public record CheckoutSession(String id, String clientSecret, String url) {
    }
}
