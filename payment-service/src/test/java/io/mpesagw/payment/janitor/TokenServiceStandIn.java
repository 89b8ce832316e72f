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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * token-service's internal contract (README, "Internal HTTP contracts") over real HTTP, backed by a real
 * OAuth call to the simulator: payment-service's own token client and the simulator's bearer check are
 * exercised, without starting token-service and its database here. Besides {@code default}, it keeps
 * the credential sets given to {@link #withSet}: their tokens, and their {@code /secrets}.
 */
public final class TokenServiceStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKENS = "/internal/v1/tokens/";
    private static final String SETS = "/internal/v1/credential-sets/";

    private final HttpServer server;
    private final DarajaSimulatorProcess daraja;
    private final Map<String, CredentialSet> sets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> secretReads = new ConcurrentHashMap<>();

    /** One set: the Daraja app that issues its tokens, and the body of its {@code /secrets}. */
    private record CredentialSet(String consumerKey, String consumerSecret, Map<String, Object> secrets) {
    }

    private TokenServiceStandIn(HttpServer server, DarajaSimulatorProcess daraja) {
        this.server = server;
        this.daraja = daraja;
    }

    public static TokenServiceStandIn start(DarajaSimulatorProcess daraja, String key, String secret,
            String internalToken) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TokenServiceStandIn standIn = new TokenServiceStandIn(server, daraja);
            standIn.sets.put("default", new CredentialSet(key, secret, null));
            server.createContext("/internal/v1/", exchange -> {
                if (!("Bearer " + internalToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    answer(exchange, 401, "{}");
                    return;
                }
                standIn.serve(exchange);
            });
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A merchant's set, as token-service's {@code GET .../secrets} answers it (camelCase fields). */
    public TokenServiceStandIn withSet(String name, String consumerKey, String consumerSecret,
            Map<String, Object> secrets) {
        sets.put(name, new CredentialSet(consumerKey, consumerSecret, secrets));
        return this;
    }

    /** How often payment-service read this set's secrets. */
    public int secretReads(String name) {
        return secretReads.getOrDefault(name, new AtomicInteger()).get();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith(SETS) && path.endsWith("/secrets")) {
            String name = path.substring(SETS.length(), path.length() - "/secrets".length());
            CredentialSet set = sets.get(name);
            secretReads.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            if (set == null || set.secrets() == null) {
                answer(exchange, 404, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\"}}");
                return;
            }
            answer(exchange, 200, JSON.writeValueAsString(set.secrets()));
            return;
        }
        String name = path.startsWith(TOKENS) ? path.substring(TOKENS.length()).replace("/invalidations", "") : "";
        CredentialSet set = sets.get(name);
        if (set == null) {
            answer(exchange, 404, "{}");
            return;
        }
        String basic = Base64.getEncoder().encodeToString((set.consumerKey() + ":" + set.consumerSecret())
                .getBytes(StandardCharsets.UTF_8));
        String oauth = daraja.send(HttpRequest.newBuilder(URI.create(daraja.baseUrl()
                + "/oauth/v1/generate?grant_type=client_credentials")).header("Authorization", "Basic " + basic)
                .GET()).body();
        String token = JSON.readTree(oauth).path("access_token").asString();
        answer(exchange, 200, JSON.writeValueAsString(Map.of("accessToken", token, "expiresAt", "2099-01-01T00:00:00Z")));
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
