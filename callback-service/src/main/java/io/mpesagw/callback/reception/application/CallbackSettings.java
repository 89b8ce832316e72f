package io.mpesagw.callback.reception.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param signingKey CALLBACK_SIGNING_KEY: HMAC key of the per-payment path tokens (shared with payment-service)
 * @param mpesaEnv MPESA_ENV: decides the allowlist when CALLBACK_ALLOWED_SOURCES is unset
 * @param allowedSources CALLBACK_ALLOWED_SOURCES: comma-separated IPs/CIDRs, IPv4 and IPv6; blank = the
 *     default of {@code mpesaEnv} (Safaricom's published addresses in production, 127.0.0.0/8 otherwise)
 * @param trustedProxies CALLBACK_TRUSTED_PROXIES: IPs/CIDRs whose X-Forwarded-For is believed; blank = none
 * @param onMismatch CALLBACK_ON_MISMATCH: answer to a wrong path token or source; always quarantined either way
 * @param maxStoredBodyChars longer bodies are stored cut short, so an open endpoint cannot fill the disk
 */
@ConfigurationProperties("callback")
public record CallbackSettings(
        String signingKey,
        @DefaultValue("sandbox") String mpesaEnv,
        String allowedSources,
        String trustedProxies,
        @DefaultValue("acknowledge") MismatchAnswer onMismatch,
        @DefaultValue("65536") int maxStoredBodyChars) {

    public enum MismatchAnswer {
        /** 200 with the usual acknowledgement: reveals nothing to a prober, and Safaricom does not retry. */
        ACKNOWLEDGE,
        /** 403 in the error envelope: louder, useful while setting up the allowlist. */
        REJECT
    }

    @Override
    public String toString() {
        return "CallbackSettings[signingKey=****, mpesaEnv=" + mpesaEnv + ", allowedSources=" + allowedSources
                + ", trustedProxies=" + trustedProxies + ", onMismatch=" + onMismatch
                + ", maxStoredBodyChars=" + maxStoredBodyChars + "]";
    }
}
