package io.mpesagw.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Calls the simulator the way a Daraja client would, over real HTTP with the JDK client. */
public final class DarajaTestClient {

    /** The public sandbox passkey and the fact sheet's timestamp for shortcode 174379. */
    public static final String SHORTCODE = "174379";
    public static final String PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
    public static final String TIMESTAMP = "20160216165627";
    public static final String PASSWORD = Base64.getEncoder()
            .encodeToString((SHORTCODE + PASSKEY + TIMESTAMP).getBytes(StandardCharsets.UTF_8));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;

    DarajaTestClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Reply(int status, JsonNode json) {

        public String text(String field) {
            JsonNode node = json.get(field);
            return node == null ? null : node.asString();
        }
    }

    public static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public Reply oauth(String authorization, String grantType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(baseUrl + "/oauth/v1/generate" + (grantType == null ? "" : "?grant_type=" + grantType)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.GET());
    }

    public String accessToken() {
        Reply reply = oauth(basic(SimulatorApiTest.CONSUMER_KEY, SimulatorApiTest.CONSUMER_SECRET),
                "client_credentials");
        assertThat(reply.status()).isEqualTo(200);
        return reply.text("access_token");
    }

    /** A valid STK push body from the Daraja docs' sample, for tests to spoil one field at a time. */
    public static ObjectNode stkPushBody(String phone, String callbackUrl) {
        ObjectNode body = JSON.createObjectNode();
        body.put("BusinessShortCode", 174379);
        body.put("Password", PASSWORD);
        body.put("Timestamp", TIMESTAMP);
        body.put("TransactionType", "CustomerPayBillOnline");
        body.put("Amount", "10");
        body.put("PartyA", phone);
        body.put("PartyB", "174379");
        body.put("PhoneNumber", phone);
        body.put("CallBackURL", callbackUrl);
        body.put("AccountReference", "INV-001");
        body.put("TransactionDesc", "Order 1");
        return body;
    }

    public static ObjectNode stkQueryBody(String checkoutRequestId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("BusinessShortCode", "174379");
        body.put("Password", PASSWORD);
        body.put("Timestamp", TIMESTAMP);
        body.put("CheckoutRequestID", checkoutRequestId);
        return body;
    }

    public Reply stkPush(String token, ObjectNode body) {
        return postJson("/mpesa/stkpush/v1/processrequest", "Bearer " + token, body.toString());
    }

    public Reply stkQuery(String token, String checkoutRequestId) {
        return postJson("/mpesa/stkpushquery/v1/query", "Bearer " + token, stkQueryBody(checkoutRequestId).toString());
    }

    public Reply postJson(String path, String authorization, String body) {
        return post(path, authorization, "application/json", body);
    }

    public Reply post(String path, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** A control-API PUT (e.g. the callback delay). */
    public Reply putJson(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply request(String method, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A GET whose answer is not JSON (the Prometheus scrape). */
    public String plainText(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Reply(response.statusCode(), body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
