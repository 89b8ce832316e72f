package io.mpesagw.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one caller may ask of the gateway; every property is listed in the README's configuration table.
 *
 * @param perKey          requests per {@code period} for one bearer value (API key or client secret)
 * @param perIp           requests per {@code period} from one client address (an IPv6 /64 counts as one)
 * @param period          the window both limits are counted in
 * @param trackedClients  at most this many keys and as many addresses are counted at once; the least
 *                        recently seen is forgotten first, so rotating addresses cannot exhaust memory
 * @param phonePromptHold how long a phone counts as busy with an STK prompt whose outcome never arrived
 */
@ConfigurationProperties("mpesa.gateway.rate-limits")
public record RateLimitSettings(int perKey, int perIp, Duration period, int trackedClients, Duration phonePromptHold) {

    /** Daraja's docs ask for at least a minute between pushes to one number (the prompt lives ~60 s). */
    public static final Duration PHONE_PROMPT_HOLD_MIN = Duration.ofMinutes(1);

    public RateLimitSettings {
        if (perKey < 1 || perIp < 1) {
            throw new IllegalStateException("GATEWAY_RATE_LIMIT_PER_KEY and GATEWAY_RATE_LIMIT_PER_IP must be at least 1");
        }
        if (period == null || period.isNegative() || period.isZero() || period.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalStateException("GATEWAY_RATE_LIMIT_PERIOD must be between 1ms and 1h; got " + period);
        }
        if (trackedClients < 100) {
            throw new IllegalStateException("GATEWAY_RATE_LIMIT_TRACKED_CLIENTS must be at least 100; got " + trackedClients);
        }
        if (phonePromptHold == null || phonePromptHold.compareTo(PHONE_PROMPT_HOLD_MIN) < 0
                || phonePromptHold.compareTo(Duration.ofMinutes(30)) > 0) {
            throw new IllegalStateException("GATEWAY_PHONE_PROMPT_HOLD must be between 1m and 30m; got " + phonePromptHold);
        }
    }
}
