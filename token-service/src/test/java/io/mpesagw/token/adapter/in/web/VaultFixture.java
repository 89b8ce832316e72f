package io.mpesagw.token.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.testsupport.DarajaSimulatorProcess;
import io.mpesagw.testsupport.SharedInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real token-service over HTTP with a real PostgreSQL and the project's Daraja simulator, shared
 * by the vault's test classes (one Spring context, one simulator, stopped when the JVM exits). Each test
 * stores sets under its own names, so tests do not depend on each other's order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class VaultFixture {

    static final String KEY = "vault-default-consumer-key-71ce";
    static final String SECRET = "vault-default-consumer-secret-0d3b";
    static final String INTERNAL = "internal-token-for-vault-tests-0123456789";
    static final DarajaSimulatorProcess DARAJA = DarajaSimulatorProcess.start("credential-vault-test-simulator",
            Map.of("SIMULATOR_CONSUMER_KEY", KEY, "SIMULATOR_CONSUMER_SECRET", SECRET));
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The simulator refuses a second app with a shortcode it knows. */
    private static final AtomicInteger SHORTCODES = new AtomicInteger(600_000);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
        registry.add("DARAJA_BASE_URL", DARAJA::baseUrl);
        registry.add("DARAJA_CONSUMER_KEY", () -> KEY);
        registry.add("DARAJA_CONSUMER_SECRET", () -> SECRET);
        registry.add("INTERNAL_AUTH_TOKEN", () -> INTERNAL);
        registry.add("DARAJA_CREDENTIAL_SETS_FILE", VaultFixture::credentialSetsFile);
        registry.add("TOKEN_ENCRYPTION_KEY", () -> Base64.getEncoder().encodeToString(new byte[32]));
    }

    private static String credentialSetsFile() {
        try {
            Path file = Files.createTempFile("credential-sets", ".json");
            file.toFile().deleteOnExit();
            Files.writeString(file, "{\"credentialSets\":[{\"name\":\"green-grid\",\"environment\":\"sandbox\","
                    + "\"consumerKey\":\"" + KEY + "\",\"consumerSecret\":\"" + SECRET + "\"}]}");
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A merchant app as the gateway forwards it, with values no other test uses. */
    static Map<String, Object> app() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("environment", "sandbox");
        body.put("shortcode", Integer.toString(SHORTCODES.incrementAndGet()));
        body.put("shortcodeType", "paybill");
        body.put("passkey", "passkey-" + unique);
        body.put("consumerKey", "ck-" + unique);
        body.put("consumerSecret", "cs-" + unique);
        body.put("initiatorName", "initiator-" + unique);
        body.put("initiatorPassword", "Pw#" + unique);
        return body;
    }

    /** Registers the app with the simulator, so that Daraja (simulated) knows its consumer key and secret. */
    static void registerWithDaraja(Map<String, Object> app) {
        HttpResponse<String> registered = DARAJA.post("/simulator/v1/apps", null, JSON.writeValueAsString(Map.of(
                "consumerKey", app.get("consumerKey"), "consumerSecret", app.get("consumerSecret"),
                "shortcode", app.get("shortcode"), "passkey", app.get("passkey"),
                "initiatorName", app.get("initiatorName"), "initiatorPassword", app.get("initiatorPassword"))));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    HttpResponse<String> put(String name, Object body) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(url("/internal/v1/credential-sets/" + name))
                .header("Authorization", "Bearer " + INTERNAL).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + INTERNAL).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + INTERNAL)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
