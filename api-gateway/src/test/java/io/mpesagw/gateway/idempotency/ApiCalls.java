package io.mpesagw.gateway.idempotency;

import io.mpesagw.gateway.TestPhones;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The idempotency tests' HTTP calls to the running gateway and their look into its tables. */
final class ApiCalls {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final JdbcClient jdbc;

    ApiCalls(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The phone is the reference's own (one prompt per phone), the same on every call for a retry. */
    static String payment(long amount, String reference) {
        return payment(amount, reference, TestPhones.forName(reference));
    }

    static String payment(long amount, String reference, String phone) {
        return "{\"amount\":" + amount + ",\"phone\":\"" + phone + "\",\"reference\":\"" + reference + "\"}";
    }

    HttpResponse<String> post(String path, String bearer, String key, String body) throws Exception {
        return send(path, bearer, key, body).get(30, TimeUnit.SECONDS);
    }

    /** As the checkout page posts: the publishable key as bearer, the session's client secret in its header. */
    HttpResponse<String> browserPost(String path, String publishableKey, String clientSecret, String key, String body)
            throws Exception {
        HttpRequest.Builder request = builder(path, publishableKey, key, body).header("Checkout-Client-Secret", clientSecret);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).get(30, TimeUnit.SECONDS);
    }

    /** Sent without waiting, for requests that are meant to be held or to race. */
    CompletableFuture<HttpResponse<String>> send(String path, String bearer, String key, String body) {
        return http.sendAsync(builder(path, bearer, key, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder builder(String path, String bearer, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request;
    }

    /** {@code n} copies of one request, all in flight at once. */
    List<HttpResponse<String>> race(int n, String path, String bearer, String key, String body) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, n)
                .mapToObj(i -> send(path, bearer, key, body)).toList();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        return sent.stream().map(CompletableFuture::join).toList();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The key's row (state and claim token) for this merchant and endpoint; the key is stored only as its SHA-256. */
    Optional<String> state(String endpoint, String merchantId, String key) {
        return column("state", endpoint, merchantId, key);
    }

    Optional<String> claimToken(String endpoint, String merchantId, String key) {
        return column("claim_token", endpoint, merchantId, key);
    }

    private Optional<String> column(String column, String endpoint, String merchantId, String key) {
        return jdbc.sql("select " + column + " from idempotency_keys where merchant_id = ? and endpoint = ? and key_digest = ?")
                .params(merchantId, endpoint, SecretDigest.of(key)).query(String.class).optional();
    }
}
