package io.mpesagw.simulator.fault;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code simulator.rate-limit-tps} ({@code SIMULATOR_RATE_LIMIT_TPS}): Daraja calls allowed in any
 * one second before Spike Arrest answers; 0 (default) = no limit. Safaricom publishes no figure.
 */
@ConfigurationProperties("simulator")
public record RateLimitProperties(Integer rateLimitTps) {

    public RateLimitProperties {
        if (rateLimitTps == null) {
            rateLimitTps = 0;
        }
        if (rateLimitTps < 0 || rateLimitTps > RequestRateLimit.MAX_TPS) {
            throw new IllegalArgumentException("SIMULATOR_RATE_LIMIT_TPS must be from 0 (no limit) to "
                    + RequestRateLimit.MAX_TPS + ", got " + rateLimitTps);
        }
    }
}
