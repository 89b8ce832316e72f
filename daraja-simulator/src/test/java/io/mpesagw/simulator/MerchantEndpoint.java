package io.mpesagw.simulator;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A merchant's C2B (or any callback) endpoint: records every POST and answers with a scripted body
 * per URL, {"ResultCode":"0","ResultDesc":"Accepted"} by default. A stalled URL answers only when
 * the endpoint closes, so Daraja's validation timeout can be tested.
 */
public final class MerchantEndpoint implements AutoCloseable {

    private static final String ACCEPT = "{\"ResultCode\":\"0\",\"ResultDesc\":\"Accepted\"}";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Set<String> stalled = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closing = new CountDownLatch(1);

    public MerchantEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::record);
        server.setExecutor(executor);
        server.start();
    }

    public String urlFor(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/merchant/" + name;
    }

    public void answer(String name, String json) {
        answers.put(name, json);
    }

    public void stall(String name) {
        stalled.add(name);
    }

    public List<Received> receivedFor(String name) {
        return received.stream().filter(request -> request.name().equals(name)).toList();
    }

    public Received awaitFirst(String name) {
        return awaitCount(name, 1).getFirst();
    }

    public List<Received> awaitCount(String name, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> receivedFor(name), list -> list.size() >= count);
    }

    private void record(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().replaceFirst("^/merchant/", "");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(name, exchange.getRequestHeaders().getFirst("Content-Type"), body,
                    System.nanoTime()));
            if (stalled.contains(name)) {
                closing.await(10, TimeUnit.SECONDS);
            }
            byte[] answer = answers.getOrDefault(name, ACCEPT).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    /** {@code receivedAtNanos} orders requests to different URLs. */
    public record Received(String name, String contentType, String body, long receivedAtNanos) {

        public JsonNode json() {
            return DarajaTestClient.parse(body);
        }
    }
}
