package io.mpesagw.gateway.merchant.adapter.out.token;

import io.mpesagw.gateway.merchant.application.CredentialSetVault;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials;
import io.mpesagw.kit.tokens.SharedSecret;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code PUT /internal/v1/credential-sets/{merchantId}} on token-service (README, "Internal HTTP contracts"). */
@Component
class TokenServiceCredentialVault implements CredentialSetVault {

    private static final Logger log = LoggerFactory.getLogger(TokenServiceCredentialVault.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final TokenServiceSettings settings;
    private final SharedSecret internalToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    TokenServiceCredentialVault(TokenServiceSettings settings) {
        this.settings = settings;
        this.internalToken = settings.configured()
                ? new SharedSecret(settings.internalAuthToken(), "INTERNAL_AUTH_TOKEN") : null;
        if (internalToken == null) {
            log.warn("merchants' own Daraja credentials cannot be set: TOKEN_SERVICE_URL and INTERNAL_AUTH_TOKEN"
                    + " are not configured; every merchant pays with the deployment's own credential set");
        }
    }

    @Override
    public VaultAnswer store(String merchantId, DarajaCredentials credentials) {
        if (internalToken == null) {
            return new VaultAnswer.Unavailable("TOKEN_SERVICE_URL and INTERNAL_AUTH_TOKEN are not configured");
        }
        HttpRequest request = HttpRequest.newBuilder(settings.url().resolve("/internal/v1/credential-sets/"
                        + URLEncoder.encode(merchantId, StandardCharsets.UTF_8)))
                .header("Authorization", internalToken.asBearer()).header("Content-Type", "application/json")
                .timeout(TIMEOUT).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body(credentials))))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 200) {
                return new VaultAnswer.Stored();
            }
            if (status >= 400 && status < 500 && status != 401 && status != 403 && status != 404) {
                return refusal(response.body(), status);
            }
            // 401/403/404 mean our wiring is wrong (token, URL), not the set: editing the set would not help
            return new VaultAnswer.Unavailable("token-service answered HTTP " + status);
        } catch (IOException e) {
            return new VaultAnswer.Unavailable("token-service unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new VaultAnswer.Unavailable("interrupted while waiting for token-service");
        }
    }

    /** token-service names the field; its message never quotes a secret value (README, its error contract). */
    private static VaultAnswer refusal(String body, int status) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            String message = error.path("message").asString(null);
            if (message != null && !message.isBlank()) {
                return new VaultAnswer.Refused(error.path("param").asString(null), message);
            }
        } catch (JacksonException e) {
            // fall through: an answer without the error envelope
        }
        return new VaultAnswer.Refused(null, "token-service refused the credential set (HTTP " + status + ").");
    }

    private static Map<String, Object> body(DarajaCredentials c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("environment", c.environment().wireName());
        body.put("shortcode", c.shortcode());
        body.put("shortcodeType", c.shortcodeType().wireName());
        if (c.tillNumber() != null) {
            body.put("tillNumber", c.tillNumber());
        }
        body.put("passkey", c.passkey());
        body.put("consumerKey", c.consumerKey());
        body.put("consumerSecret", c.consumerSecret());
        body.put("initiatorName", c.initiatorName());
        body.put("initiatorPassword", c.initiatorPassword());
        return body;
    }
}
