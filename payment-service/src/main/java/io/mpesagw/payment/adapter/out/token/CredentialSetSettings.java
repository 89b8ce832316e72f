package io.mpesagw.payment.adapter.out.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a merchant's credential set read from token-service is reused (PAYMENT_CREDENTIAL_SET_CACHE_TTL):
 * a changed set is used for new payments at the latest this long after the change. Zero reads it every time.
 */
@ConfigurationProperties("mpesa.payment.credential-sets")
public record CredentialSetSettings(Duration cacheTtl) {

    public CredentialSetSettings {
        if (cacheTtl == null) {
            cacheTtl = Duration.ofMinutes(5);
        }
        if (cacheTtl.isNegative()) {
            throw new IllegalStateException("PAYMENT_CREDENTIAL_SET_CACHE_TTL must not be negative, got " + cacheTtl);
        }
    }
}
