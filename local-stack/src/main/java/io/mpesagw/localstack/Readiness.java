package io.mpesagw.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Polls a starting component until it answers, it dies, or the deadline passes. */
final class Readiness {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL_EVERY = Duration.ofMillis(500);

    // HTTP/1.1: the JDK's default h2c upgrade request is swallowed by vite's WebSocket upgrade handler
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** A Spring service is ready when {@code GET /actuator/health} says {@code {"status":"UP"...}}. */
    void awaitHealthy(ManagedProcess process, String baseUrl, Duration deadline) {
        await(process, URI.create(baseUrl + "/actuator/health"), deadline, true);
    }

    /** The UI is ready when its page is served. */
    void awaitServing(ManagedProcess process, String baseUrl, Duration deadline) {
        await(process, URI.create(baseUrl + "/"), deadline, false);
    }

    private void await(ManagedProcess process, URI uri, Duration deadline, boolean health) {
        long end = System.nanoTime() + deadline.toNanos();
        String lastAnswer = "no answer yet";
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new StackStartException(process, "exited with code " + process.exitCode() + " while starting");
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                boolean ready = response.statusCode() == 200 && (!health || reportsUp(response.body()));
                if (ready) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
            } catch (IOException e) {
                lastAnswer = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackStartException(process, "interrupted while waiting for " + uri);
            }
            pause();
        }
        throw new StackStartException(process, "not ready at " + uri + " within " + deadline.toSeconds()
                + "s (last answer: " + lastAnswer + ")");
    }

    /** Spring's health document: {@code {"groups":[...],"status":"UP"}}; only the top-level status counts. */
    static boolean reportsUp(String body) {
        try {
            return "UP".equals(JSON.readTree(body).path("status").asString(""));
        } catch (JacksonException e) {
            return false;
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_EVERY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
