package io.mpesagw.simulator;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for callback-service: records every POST it gets and answers 200. */
public final class CallbackReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<ReceivedCallback> received = new CopyOnWriteArrayList<>();

    public CallbackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::record);
        server.start();
    }

    /** A fresh URL on this receiver, so each test can find its own callback. */
    public String urlFor(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callbacks/" + name;
    }

    public ReceivedCallback awaitCallback(String name) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> find(name), Optional::isPresent).orElseThrow();
    }

    public List<ReceivedCallback> receivedFor(String name) {
        return received.stream().filter(callback -> callback.path().equals("/callbacks/" + name)).toList();
    }

    private Optional<ReceivedCallback> find(String name) {
        return receivedFor(name).stream().findFirst();
    }

    private void record(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new ReceivedCallback(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRemoteAddress().getAddress().getHostAddress(), body));
            byte[] ack = "{\"ResultCode\":0,\"ResultDesc\":\"Accepted\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ack.length);
            exchange.getResponseBody().write(ack);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public record ReceivedCallback(String method, String path, String contentType, String sourceAddress, String body) {
    }
}
