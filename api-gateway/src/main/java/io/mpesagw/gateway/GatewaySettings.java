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
        String adminToken) {

    public GatewaySettings {
        if (checkoutAllowedOrigins != null && checkoutAllowedOrigins.contains("*")) {
            throw new IllegalStateException("CHECKOUT_ALLOWED_ORIGINS must list origins; a wildcard is not allowed");
        }
        if (stkAmountMin < 1 || stkAmountMax < stkAmountMin) {
            throw new IllegalStateException("STK amount limits must satisfy 1 <= min <= max");
        }
    }

    @Override
    public String toString() {
        return "GatewaySettings[checkoutBaseUrl=" + checkoutBaseUrl + ", secrets=****]";
    }
}
