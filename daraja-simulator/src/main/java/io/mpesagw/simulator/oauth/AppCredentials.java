package io.mpesagw.simulator.oauth;

import io.mpesagw.simulator.app.DarajaApps;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads OAuth's HTTP Basic header and names the known Daraja app it belongs to. */
@Component
class AppCredentials {

    private static final String BASIC = "basic ";

    private final DarajaApps apps;

    AppCredentials(DarajaApps apps) {
        this.apps = apps;
    }

    /** The consumer key, only for {@code Basic base64(key:secret)} with a known app's key and secret. */
    Optional<String> appOf(String authorization) {
        if (authorization == null || authorization.length() <= BASIC.length()
                || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            return apps.authenticate(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
