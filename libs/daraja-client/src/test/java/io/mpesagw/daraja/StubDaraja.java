package io.mpesagw.daraja;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A scripted Daraja on a loopback port: answers each path with a fixed response, or never. */
public final class StubDaraja implements AutoCloseable {

    /** What the stub saw last. */
    public record Seen(String method, String pathAndQuery, String authorization, String contentType, String body) {
    }

    private enum Mode { ANSWER, HANG, STALL }

    private record Answer(int status, String body, String contentType, Mode mode) {
    }

    private final HttpServer server;
    private final ConcurrentHashMap<String, Answer> answers = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Seen seen;

    public StubDaraja() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public StubDaraja answer(String path, int status, String body) {
        return answer(path, status, body, "application/json");
    }

    public StubDaraja answer(String path, int status, String body, String contentType) {
        answers.put(path, new Answer(status, body, contentType, Mode.ANSWER));
        return this;
    }

    /** The handler holds the request open until the stub closes: a Daraja that never answers. */
    public StubDaraja hang(String path) {
        answers.put(path, new Answer(0, null, null, Mode.HANG));
        return this;
    }

    /** Sends the headers and the start of a body, then nothing until the stub closes. */
    public StubDaraja stall(String path) {
        answers.put(path, new Answer(200, "{\"ResponseCode\":", "application/json", Mode.STALL));
        return this;
    }

    public Seen seen() {
        return seen;
    }

    public DarajaEndpoint endpoint(Duration readTimeout) {
        return endpoint(Duration.ofSeconds(2), readTimeout);
    }

    public DarajaEndpoint endpoint(Duration connectTimeout, Duration readTimeout) {
        return new DarajaEndpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                connectTimeout, readTimeout);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        seen = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body);
        Answer answer = answers.getOrDefault(exchange.getRequestURI().getPath(), new Answer(404,
                "{\"requestId\":\"1\",\"errorCode\":\"404.001.01\",\"errorMessage\":\"Resource not found\"}",
                "application/json", Mode.ANSWER));
        if (answer.mode() == Mode.HANG) {
            awaitClose();
            exchange.close();
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        if (answer.mode() == Mode.STALL) {
            exchange.sendResponseHeaders(answer.status(), bytes.length + 100);
            exchange.getResponseBody().write(bytes);
            exchange.getResponseBody().flush();
            awaitClose();
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void awaitClose() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
