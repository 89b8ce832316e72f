package io.mpesagw.payment.adapter.out.token;

import io.mpesagw.kit.tokens.SharedSecret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets Daraja access tokens from token-service, which refreshes them once for everybody: one token per
 * credential set (Daraja app), the deployment's own {@code default} or a merchant's.
 */
public class TokenServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI baseUrl;
    private final SharedSecret internalToken;
    private final HttpClient http;

    public TokenServiceClient(URI baseUrl, SharedSecret internalToken, HttpClient http) {
        this.baseUrl = baseUrl;
        this.internalToken = internalToken;
        this.http = http;
    }

    public String currentToken(String credentialSet) {
        return send(HttpRequest.newBuilder(baseUrl.resolve("/internal/v1/tokens/" + pathSegment(credentialSet))).GET());
    }

    /** Compare-and-refresh: reports the token Daraja refused and returns one that is not it. */
    public String replace(String credentialSet, String staleToken) {
        String body = JSON.writeValueAsString(Map.of("accessToken", staleToken));
        return send(HttpRequest.newBuilder(baseUrl.resolve("/internal/v1/tokens/" + pathSegment(credentialSet)
                + "/invalidations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", internalToken.asBearer())
                    .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new TokenUnavailableException("token-service answered HTTP " + response.statusCode());
            }
            JsonNode token = JSON.readTree(response.body()).get("accessToken");
            if (token == null || token.asString().isBlank()) {
                throw new TokenUnavailableException("token-service answered without an accessToken");
            }
            return token.asString();
        } catch (IOException e) {
            throw new TokenUnavailableException("token-service unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailableException("interrupted while waiting for token-service");
        }
    }

    /** Set names are ours (default, merchant ids), yet encoded: a name must never change the path. */
    static String pathSegment(String credentialSet) {
        return URLEncoder.encode(credentialSet, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** No token could be had: the push was not sent. */
    public static class TokenUnavailableException extends RuntimeException {
        public TokenUnavailableException(String message) {
            super(message);
        }
    }
}
