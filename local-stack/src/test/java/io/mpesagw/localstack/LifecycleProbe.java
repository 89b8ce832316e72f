package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.localinfra.PostgresLogin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What PaymentLifecycleTest does to a running stack and what it looks at: the merchant API, the
 * simulator's control API and counters, payment-service's metrics, and (read-only) its table.
 */
final class LifecycleProbe {

    static final List<String> FINAL = List.of("succeeded", "failed", "cancelled", "expired");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final RunningStack stack;

    LifecycleProbe(RunningStack stack) {
        this.stack = stack;
    }

    /** POST /v1/payments; returns the payment id. */
    String pay(String phone, long amount, String reference) {
        String body = "{\"amount\":" + amount + ",\"phone\":\"" + phone + "\",\"reference\":\"" + reference + "\"}";
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/v1/payments"))
                .header("Authorization", "Bearer " + stack.merchantSecretKey())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        return JSON.readTree(created.body()).get("id").asString();
    }

    /** The payment as the merchant sees it (GET /v1/payments/{id}). */
    JsonNode payment(String id) {
        HttpResponse<String> view = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/v1/payments/" + id))
                .header("Authorization", "Bearer " + stack.merchantSecretKey()).GET());
        assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
        return JSON.readTree(view.body());
    }

    JsonNode awaitFinal(String id, Duration within) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(within).pollInterval(Duration.ofMillis(300)).until(() -> {
            last[0] = payment(id);
            return FINAL.contains(last[0].get("status").asString());
        });
        return last[0];
    }

    /** A text field of a JSON answer, or {@code absent} when it is null or missing. */
    static String text(JsonNode json, String field, String absent) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? absent : value.asString();
    }

    /** The simulator's counters: stkPushes, stkQueries, callbacksSent, ... */
    JsonNode simulatorStats() {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(stack.simulatorUrl() + "/simulator/v1/stats")).GET())
                .body());
    }

    long simulator(String counter) {
        return simulatorStats().path(counter).asLong();
    }

    /** A control-API call to the simulator that must succeed (200 or 204). */
    void control(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(stack.simulatorUrl() + path))
                .header("Content-Type", "application/json").method(method, body));
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isIn(200, 204);
    }

    /**
     * A counter from payment-service's Prometheus page, summed over its series that carry {@code label},
     * e.g. {@code metric(url, "payments_callback_late_success_total", "state=\"expired\"")}.
     */
    double metric(String paymentServiceUrl, String name, String label) {
        String page = send(HttpRequest.newBuilder(URI.create(paymentServiceUrl + "/actuator/prometheus")).GET()).body();
        return page.lines().filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** The audit entries of a payment (admin API), oldest first. */
    List<JsonNode> audit(String paymentId) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                + "/admin/v1/audit/entries?limit=1000&payment_id=" + paymentId))
                .header("Authorization", "Bearer " + stack.secrets().adminToken()).GET());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        JSON.readTree(page.body()).get("data").forEach(entries::add);
        return entries;
    }

    /**
     * POSTs an STK callback to callback-service as Safaricom would, with a valid path token: callbacks
     * are unsigned, so anyone holding the URL can; the payment must check what it says.
     */
    void postCallback(String paymentId, String checkoutRequestId, long amount, String phone) {
        postCallback(paymentId, checkoutRequestId, amount, phone, "TIH5E7ZVSZ");
    }

    void postCallback(String paymentId, String checkoutRequestId, long amount, String phone, String receipt) {
        HttpResponse<String> answer = deliverCallback(paymentId, pathToken(paymentId),
                paidCallback(checkoutRequestId, amount, phone, receipt));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** POSTs a raw STK callback body under {@code pathToken}; what callback-service answers is the caller's to judge. */
    HttpResponse<String> deliverCallback(String paymentId, String pathToken, String body) {
        String url = stack.url(Component.CALLBACK_SERVICE) + "/v1/callbacks/stk/" + paymentId + "/" + pathToken;
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String paidCallback(String checkoutRequestId, long amount, String phone, String receipt) {
        return "{\"Body\":{\"stkCallback\":{\"MerchantRequestID\":\"f0ab-49c2-ab1d-1f9d840b305512458\","
                + "\"CheckoutRequestID\":\"" + checkoutRequestId + "\",\"ResultCode\":0,"
                + "\"ResultDesc\":\"The service request is processed successfully.\",\"CallbackMetadata\":{\"Item\":["
                + "{\"Name\":\"Amount\",\"Value\":" + amount + "},{\"Name\":\"MpesaReceiptNumber\",\"Value\":\"" + receipt
                + "\"},{\"Name\":\"Balance\"},{\"Name\":\"TransactionDate\",\"Value\":20261128102430},"
                + "{\"Name\":\"PhoneNumber\",\"Value\":" + phone + "}]}}}}";
    }

    static String cancelledCallback(String checkoutRequestId) {
        return "{\"Body\":{\"stkCallback\":{\"MerchantRequestID\":\"f0ab-49c2-ab1d-1f9d840b305512458\","
                + "\"CheckoutRequestID\":\"" + checkoutRequestId + "\",\"ResultCode\":1032,"
                + "\"ResultDesc\":\"Request cancelled by user\"}}}";
    }

    /** The gateway's payment once {@code status} shows; for the states in between final ones (unknown). */
    JsonNode awaitStatus(String id, String status, Duration within) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = payment(id);
            return status.equals(last[0].get("status").asString());
        });
        return last[0];
    }

    /** The path token callback-service issued for {@code paymentId} (HMAC of the stack's callback signing key). */
    String pathToken(String paymentId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(stack.secrets().callbackSigningKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(("stk-callback:" + paymentId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** payment-service's own row: what the merchant API cannot show (unknown, flags, the CheckoutRequestID). */
    Map<String, String> row(String paymentId) {
        List<Map<String, String>> rows = rows("select * from payment.payments where id = ?", paymentId);
        return rows.isEmpty() ? Map.of() : rows.getFirst();
    }

    List<Map<String, String>> rows(String sql, Object... params) {
        PostgresLogin login = stack.database().runtime();
        try (Connection connection = DriverManager.getConnection(login.jdbcUrl(), login.user(), login.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.put(rs.getMetaData().getColumnLabel(c), rs.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
