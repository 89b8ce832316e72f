package io.mpesagw.token.config;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.token.domain.Backoff;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        String credentialSetsFile,
        @NotBlank(message = "INTERNAL_AUTH_TOKEN must be set (shared bearer token, at least 32 bytes)") String internalAuthToken,
        @NotBlank(message = "TOKEN_ENCRYPTION_KEY must be set: base64 of 32 random bytes (e.g. `openssl rand -base64 32`)")
        String encryptionKey,
        String encryptionKeyPrevious,
        @NotNull @DefaultValue("5m") Duration refreshBuffer,
        @NotNull @DefaultValue("5m") Duration refreshAhead,
        @NotNull @DefaultValue("30s") Duration proactiveRefreshInterval,
        @NotNull @DefaultValue("15s") Duration refreshWait,
        @NotNull @DefaultValue("30s") Duration oauthBreakerWait,
        @NotNull @DefaultValue("1s") Duration oauthBackoffFirst,
        @NotNull @DefaultValue("1m") Duration oauthBackoffMax,
        @NotNull @DefaultValue("3s") Duration connectTimeout,
        @NotNull @DefaultValue("10s") Duration readTimeout) {

    private static final int MIN_SECRET_BYTES = 32;
    static final String DEFAULT_SET = "default";

    /** DARAJA_BASE_URL if set (the simulator), else the Daraja host of the environment. */
    public URI baseUrlFor(String environment) {
        return DarajaEndpoint.baseUrlFor(environment, darajaBaseUrl);
    }

    /** "default" from the environment, then the sets of DARAJA_CREDENTIAL_SETS_FILE. */
    public List<CredentialSet> credentialSets() {
        List<CredentialSet> sets = new ArrayList<>();
        sets.add(new CredentialSet(DEFAULT_SET, mpesaEnv, consumerKey, consumerSecret));
        if (credentialSetsFile != null && !credentialSetsFile.isBlank()) {
            sets.addAll(CredentialSetsFile.read(Path.of(credentialSetsFile)));
        }
        return sets;
    }

    @AssertTrue(message = "DARAJA_BASE_URL must be an absolute http(s) URL such as https://sandbox.safaricom.co.ke")
    public boolean isBaseUrlValid() {
        try {
            URI uri = baseUrlFor(mpesaEnv);
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

    @AssertTrue(message = "TOKEN_REFRESH_AHEAD must be between 0 and 20 minutes")
    public boolean isRefreshAheadSensible() {
        return refreshAhead == null || (!refreshAhead.isNegative() && refreshAhead.compareTo(Duration.ofMinutes(20)) <= 0);
    }

    @AssertTrue(message = "TOKEN_PROACTIVE_REFRESH_INTERVAL, refresh-wait, oauth-breaker-wait, oauth-backoff-first,"
            + " connect-timeout and read-timeout must be positive durations")
    public boolean isTimeoutsPositive() {
        return positive(proactiveRefreshInterval) && positive(refreshWait) && positive(oauthBreakerWait)
                && positive(oauthBackoffFirst) && positive(connectTimeout) && positive(readTimeout);
    }

    @AssertTrue(message = "oauth-backoff-max must not be shorter than oauth-backoff-first")
    public boolean isBackoffOrdered() {
        return oauthBackoffFirst == null || oauthBackoffMax == null || oauthBackoffMax.compareTo(oauthBackoffFirst) >= 0;
    }

    /** After a failed refresh OAuth is left alone for the first back-off, then twice that, … at most the maximum. */
    public Backoff oauthBackoff() {
        return new Backoff(oauthBackoffFirst, oauthBackoffMax);
    }

    private static boolean positive(Duration d) {
        return d == null || (!d.isNegative() && !d.isZero());
    }

    @Override
    public String toString() {
        return "TokenServiceProperties[mpesaEnv=" + mpesaEnv + ", darajaBaseUrl=" + darajaBaseUrl + ", consumerKey=****"
                + ", consumerSecret=****, internalAuthToken=****, encryptionKey=****, refreshBuffer=" + refreshBuffer
                + ", refreshAhead=" + refreshAhead + "]";
    }
}
