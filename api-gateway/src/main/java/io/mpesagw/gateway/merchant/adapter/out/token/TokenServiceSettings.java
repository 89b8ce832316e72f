package io.mpesagw.gateway.merchant.adapter.out.token;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where merchants' own Daraja credential sets are kept (TOKEN_SERVICE_URL, INTERNAL_AUTH_TOKEN). Optional:
 * without the token, every merchant pays with the deployment's own set and setting one answers 503.
 */
@ConfigurationProperties("mpesa.gateway.token-service")
public record TokenServiceSettings(URI url, String internalAuthToken) {

    public boolean configured() {
        return url != null && internalAuthToken != null && !internalAuthToken.isBlank();
    }

    @Override
    public String toString() {
        return "TokenServiceSettings[url=" + url + ", internalAuthToken=****]";
    }
}
