package io.mpesagw.simulator;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The simulator's settings, bound from {@code SIMULATOR_*} environment variables (see application.yml).
 * Invalid values stop start-up with a message naming the variable.
 */
@ConfigurationProperties("simulator")
public record SimulatorProperties(
        String consumerKey,
        String consumerSecret,
        String shortcode,
        String passkey,
        long tokenTtlSeconds,
        long callbackDelayMs,
        String callbackSourceAddress,
        long promptExpiryMs) {

    public SimulatorProperties {
        requireText(consumerKey, "SIMULATOR_CONSUMER_KEY", "the consumer key accepted on /oauth/v1/generate");
        requireText(consumerSecret, "SIMULATOR_CONSUMER_SECRET", "the consumer secret accepted on /oauth/v1/generate");
        requireText(shortcode, "SIMULATOR_SHORTCODE", "the STK shortcode the simulator knows, e.g. 174379");
        requireText(passkey, "SIMULATOR_PASSKEY", "the passkey used to verify the STK Password");
        requireText(callbackSourceAddress, "SIMULATOR_CALLBACK_SOURCE_ADDRESS", "a local IP address, e.g. 127.0.0.1");
        if (tokenTtlSeconds < 2) {
            throw new IllegalArgumentException(
                    "SIMULATOR_TOKEN_TTL_SECONDS must be at least 2 (expires_in is the lifetime minus one second), got "
                            + tokenTtlSeconds);
        }
        if (callbackDelayMs < 0) {
            throw new IllegalArgumentException("SIMULATOR_CALLBACK_DELAY_MS must be 0 or more, got " + callbackDelayMs);
        }
        if (promptExpiryMs < 1) {
            throw new IllegalArgumentException("SIMULATOR_PROMPT_EXPIRY_MS must be at least 1, got " + promptExpiryMs);
        }
    }

    public Duration tokenTtl() {
        return Duration.ofSeconds(tokenTtlSeconds);
    }

    public Duration callbackDelay() {
        return Duration.ofMillis(callbackDelayMs);
    }

    public Duration promptExpiry() {
        return Duration.ofMillis(promptExpiryMs);
    }

    private static void requireText(String value, String variable, String meaning) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(variable + " is not set: it must hold " + meaning);
        }
    }

    @Override
    public String toString() {
        // Keeps the consumer secret and passkey out of logs and failure reports.
        return "SimulatorProperties[shortcode=" + shortcode + ", tokenTtlSeconds=" + tokenTtlSeconds
                + ", callbackDelayMs=" + callbackDelayMs + ", callbackSourceAddress=" + callbackSourceAddress
                + ", promptExpiryMs=" + promptExpiryMs + "]";
    }
}
