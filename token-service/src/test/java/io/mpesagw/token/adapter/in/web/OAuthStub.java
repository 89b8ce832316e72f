package io.mpesagw.token.adapter.in.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Daraja's OAuth endpoint on a loopback port: checks Basic auth, issues sim-token-1, -2, ... */
final class OAuthStub implements AutoCloseable {

    private final HttpServer server;
    private final String expectedBasic;
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    OAuthStub(String consumerKey, String consumerSecret) {
        this.expectedBasic = "Basic " + Base64.getEncoder()
                .encodeToString((consumerKey + ":" + consumerSecret).getBytes(StandardCharsets.UTF_8));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/oauth/v1/generate", this::generate);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> issued() {
        return List.copyOf(issued);
    }

    void down(boolean isDown) {
        down = isDown;
    }

    private synchronized void generate(HttpExchange exchange) throws IOException {
        if (down) {
            respond(exchange, 503, "<html>Service Unavailable</html>");
        } else if (!expectedBasic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !"grant_type=client_credentials".equals(exchange.getRequestURI().getQuery())) {
            respond(exchange, 400, "{\"requestId\":\"1\",\"errorCode\":\"400.008.01\",\"errorMessage\":\"Invalid Authentication passed\"}");
        } else {
            String token = "sim-token-" + (issued.size() + 1) + "-c9SQxWWhmdVRlyh0zh8g";
            issued.add(token);
            respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":\"3599\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
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
