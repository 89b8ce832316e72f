package io.mpesagw.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The gateway's configuration; every property is listed in the README's configuration table. */
@ConfigurationProperties("mpesa.gateway")
public record GatewaySettings(
        String demoMerchantSecretKey,
        URI checkoutBaseUrl,
        List<String> checkoutAllowedOrigins,
        String watchSigningKey,
        long stkAmountMin,
        long stkAmountMax,
        Duration checkoutSessionTtl,
        String adminToken,
        Duration idempotencyKeyTtl,
        String encryptionKey,
        String encryptionKeyPrevious) {

    /** Shorter, and a client's retry after an outage could pay twice; Stripe keeps keys for 24 hours. */
    public static final Duration IDEMPOTENCY_KEY_TTL_MIN = Duration.ofHours(1);

    public GatewaySettings {
        if (checkoutAllowedOrigins != null && checkoutAllowedOrigins.contains("*")) {
            throw new IllegalStateException("CHECKOUT_ALLOWED_ORIGINS must list origins; a wildcard is not allowed");
        }
        // Daraja takes 1 to 250 000 shillings per STK push (daraja-facts section 3): narrower only
        if (stkAmountMin < 1 || stkAmountMax > 250_000 || stkAmountMax < stkAmountMin) {
            throw new IllegalStateException("GATEWAY_STK_AMOUNT_MIN/MAX must satisfy 1 <= min <= max <= 250000 (Daraja's"
                    + " STK limits); got " + stkAmountMin + " and " + stkAmountMax);
        }
        if (idempotencyKeyTtl == null) {
            idempotencyKeyTtl = Duration.ofHours(24);
        }
        if (idempotencyKeyTtl.compareTo(IDEMPOTENCY_KEY_TTL_MIN) < 0) {
            throw new IllegalStateException("GATEWAY_IDEMPOTENCY_KEY_TTL must be at least 1h (a client may retry for that long"
                    + " after an outage); got " + idempotencyKeyTtl);
        }
    }

    @Override
    public String toString() {
        return "GatewaySettings[checkoutBaseUrl=" + checkoutBaseUrl + ", secrets=****]";
    }
}
