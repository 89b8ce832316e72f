package io.mpesagw.simulator.c2b;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code simulator.c2b.*}: how long Daraja waits for the ValidationURL before it follows the
 * registered ResponseType ({@code SIMULATOR_C2B_VALIDATION_TIMEOUT_MS}, Daraja: about 8 s).
 */
@ConfigurationProperties("simulator.c2b")
public record C2bProperties(Long validationTimeoutMs) {

    static final long DEFAULT_VALIDATION_TIMEOUT_MS = 8_000;
    private static final long MAX_VALIDATION_TIMEOUT_MS = 60_000;

    public C2bProperties {
        if (validationTimeoutMs == null) {
            validationTimeoutMs = DEFAULT_VALIDATION_TIMEOUT_MS;
        }
        if (validationTimeoutMs < 1 || validationTimeoutMs > MAX_VALIDATION_TIMEOUT_MS) {
            throw new IllegalArgumentException("SIMULATOR_C2B_VALIDATION_TIMEOUT_MS must be from 1 to "
                    + MAX_VALIDATION_TIMEOUT_MS + ", got " + validationTimeoutMs);
        }
    }

    public Duration validationTimeout() {
        return Duration.ofMillis(validationTimeoutMs);
    }
}
