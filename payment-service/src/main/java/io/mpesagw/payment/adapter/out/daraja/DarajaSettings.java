package io.mpesagw.payment.adapter.out.daraja;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How payment-service reaches Daraja, token-service and its own callback endpoint. Secrets from the environment. */
@ConfigurationProperties("mpesa.payment")
public record DarajaSettings(
        URI darajaBaseUrl,
        String shortcode,
        String passkey,
        URI tokenServiceUrl,
        String internalAuthToken,
        URI callbackBaseUrl,
        String callbackSigningKey) {

    public DarajaSettings {
        require(shortcode, "DARAJA_SHORTCODE");
        require(passkey, "DARAJA_PASSKEY");
        require(internalAuthToken, "INTERNAL_AUTH_TOKEN");
        require(callbackSigningKey, "CALLBACK_SIGNING_KEY");
    }

    private static void require(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " must be set (see the configuration table in the README)");
        }
    }

    @Override
    public String toString() {
        return "DarajaSettings[darajaBaseUrl=" + darajaBaseUrl + ", shortcode=" + shortcode + ", secrets=****]";
    }
}
