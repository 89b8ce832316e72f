package io.mpesagw.notification.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test's browser: reads an event stream over real HTTP, line by line, on a background thread. */
final class SseStream implements AutoCloseable {

    record Event(String name, String id, String data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private volatile boolean ended;

    private SseStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (RuntimeException e) {
                // connection closed by close(): the stream is over either way
            } finally {
                ended = true;
            }
        }, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Returns once the response headers are in, i.e. the server has registered the stream. */
    static SseStream open(URI uri) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        return new SseStream(response);
    }

    int status() {
        return response.statusCode();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse("");
    }

    boolean ended() {
        return ended;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    List<String> comments() {
        return lines.stream().filter(line -> line.startsWith(":")).toList();
    }

    /** Complete events only (those followed by their blank line). */
    List<Event> events() {
        List<Event> events = new ArrayList<>();
        String name = null;
        String id = null;
        StringBuilder data = new StringBuilder();
        for (String line : List.copyOf(lines)) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new Event(name, id, data.toString()));
                }
                name = null;
                id = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
        return events;
    }

    @Override
    public void close() {
        response.body().close();
    }
}
