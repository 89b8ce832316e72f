package io.mpesagw.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls to a running gateway on 127.0.0.1, with an optional bearer value; no mocks. */
public final class GatewayHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public GatewayHttp(int port) {
        this.port = port;
    }

    public HttpResponse<String> post(String path, String bearer, String body) throws Exception {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> get(String path, String bearer) throws Exception {
        return send(request(path, bearer).GET());
    }

    /** A request to build on: the bearer (if any) is set, the method and other headers are the caller's. */
    public HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
    }

    /** A call as the checkout page makes it: the publishable key as bearer, the client secret in its own header. */
    public HttpRequest.Builder browser(String path, String publishableKey, String clientSecret) {
        HttpRequest.Builder request = request(path, publishableKey);
        return clientSecret == null ? request : request.header("Checkout-Client-Secret", clientSecret);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Spaces and quotes in a test's path are sent escaped, as a client library would. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path.replace(" ", "%20").replace("'", "%27"));
    }

    /** The error object of an error envelope. */
    public static JsonNode error(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("error");
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
