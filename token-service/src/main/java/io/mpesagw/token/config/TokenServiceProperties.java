package io.mpesagw.token.config;

import io.mpesagw.daraja.DarajaEndpoint;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * token-service settings, bound from the environment variables listed in the README's Configuration section (see
 * application.yml) and validated at start-up: a missing secret stops the service with a clear message.
 */
@Validated
@ConfigurationProperties(prefix = "token-service")
public record TokenServiceProperties(
        @Pattern(regexp = "sandbox|production", message = "MPESA_ENV must be 'sandbox' or 'production'")
        @DefaultValue("sandbox") String mpesaEnv,
        String darajaBaseUrl,
        @NotBlank(message = "DARAJA_CONSUMER_KEY must be set (the Daraja app's consumer key)") String consumerKey,
        @NotBlank(message = "DARAJA_CONSUMER_SECRET must be set (the Daraja app's consumer secret)") String consumerSecret,
        @NotBlank(message = "INTERNAL_AUTH_TOKEN must be set (shared bearer token, at least 32 bytes)") String internalAuthToken,
        @NotNull @DefaultValue("5m") Duration refreshBuffer,
        @NotNull @DefaultValue("15s") Duration refreshWait,
        @NotNull @DefaultValue("3s") Duration connectTimeout,
        @NotNull @DefaultValue("10s") Duration readTimeout) {

    private static final int MIN_SECRET_BYTES = 32;

    /** DARAJA_BASE_URL if set, else the Daraja host of MPESA_ENV. */
    public URI baseUrl() {
        return DarajaEndpoint.baseUrlFor(mpesaEnv, darajaBaseUrl);
    }

    @AssertTrue(message = "DARAJA_BASE_URL must be an absolute http(s) URL such as https://sandbox.safaricom.co.ke")
    public boolean isBaseUrlValid() {
        try {
            URI uri = baseUrl();
            return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @AssertTrue(message = "INTERNAL_AUTH_TOKEN must be a random value of at least 32 bytes")
    public boolean isInternalAuthTokenLongEnough() {
        return internalAuthToken == null || internalAuthToken.isBlank()
                || internalAuthToken.getBytes(StandardCharsets.UTF_8).length >= MIN_SECRET_BYTES;
    }

    @AssertTrue(message = "refresh-buffer must be between 0 and 30 minutes (Daraja tokens live one hour)")
    public boolean isRefreshBufferSensible() {
        return refreshBuffer == null || (!refreshBuffer.isNegative() && refreshBuffer.compareTo(Duration.ofMinutes(30)) <= 0);
    }

    @AssertTrue(message = "refresh-wait, connect-timeout and read-timeout must be positive durations")
    public boolean isTimeoutsPositive() {
        return positive(refreshWait) && positive(connectTimeout) && positive(readTimeout);
    }

    private static boolean positive(Duration d) {
        return d == null || (!d.isNegative() && !d.isZero());
    }

    @Override
    public String toString() {
        return "TokenServiceProperties[mpesaEnv=" + mpesaEnv + ", baseUrl=" + baseUrl() + ", consumerKey=****"
                + ", consumerSecret=****, internalAuthToken=****, refreshBuffer=" + refreshBuffer + "]";
    }
}
