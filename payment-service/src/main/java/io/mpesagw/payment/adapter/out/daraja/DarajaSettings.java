package io.mpesagw.payment.adapter.out.daraja;

import io.mpesagw.daraja.DarajaEndpoint;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How payment-service reaches Daraja, token-service and its own callback endpoint. Secrets from the environment. */
@ConfigurationProperties("mpesa.payment")
public record DarajaSettings(
        String mpesaEnv,
        String darajaBaseUrl,
        String shortcode,
        String passkey,
        URI tokenServiceUrl,
        String internalAuthToken,
        URI callbackBaseUrl,
        String callbackSigningKey,
        Duration darajaReadTimeout) {

    public DarajaSettings {
        if (darajaReadTimeout == null || darajaReadTimeout.isNegative() || darajaReadTimeout.isZero()) {
            throw new IllegalStateException("DARAJA_READ_TIMEOUT must be a positive duration, got " + darajaReadTimeout);
        }
        DarajaEndpoint.baseUrlFor(mpesaEnv, darajaBaseUrl); // fails start-up on a bad MPESA_ENV or URL
        require(shortcode, "DARAJA_SHORTCODE");
        require(passkey, "DARAJA_PASSKEY");
        require(internalAuthToken, "INTERNAL_AUTH_TOKEN");
        require(callbackSigningKey, "CALLBACK_SIGNING_KEY");
    }

    /** DARAJA_BASE_URL if set (the simulator, locally), else Safaricom's host for MPESA_ENV. */
    public URI baseUrl() {
        return DarajaEndpoint.baseUrlFor(mpesaEnv, darajaBaseUrl);
    }

    private static void require(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " must be set (see the configuration table in the README)");
        }
    }

    @Override
    public String toString() {
        return "DarajaSettings[baseUrl=" + baseUrl() + ", shortcode=" + shortcode + ", readTimeout="
                + darajaReadTimeout + ", secrets=****]";
    }
}
