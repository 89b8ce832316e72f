package io.mpesagw.payment.janitor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mpesagw.testsupport.DarajaSimulatorProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.json.JsonMapper;

/**
 * token-service's internal contract (README, "Internal HTTP contracts") over real HTTP, backed by a real
 * OAuth call to the simulator: payment-service's own token client and the simulator's bearer check are
 * exercised, without starting token-service and its database here.
 */
final class TokenServiceStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;

    private TokenServiceStandIn(HttpServer server) {
        this.server = server;
    }

    static TokenServiceStandIn start(DarajaSimulatorProcess daraja, String key, String secret, String internalToken) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/internal/v1/tokens/default", exchange -> {
                if (!("Bearer " + internalToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    answer(exchange, 401, "{}");
                    return;
                }
                String basic = Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
                String oauth = daraja.send(HttpRequest.newBuilder(URI.create(daraja.baseUrl()
                        + "/oauth/v1/generate?grant_type=client_credentials")).header("Authorization", "Basic " + basic)
                        .GET()).body();
                String token = JSON.readTree(oauth).path("access_token").asString();
                answer(exchange, 200, JSON.writeValueAsString(java.util.Map.of("accessToken", token,
                        "expiresAt", "2099-01-01T00:00:00Z")));
            });
            server.start();
            return new TokenServiceStandIn(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
