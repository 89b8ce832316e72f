package io.mpesagw.simulator.oauth;

import io.mpesagw.simulator.SimulatorProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** The one Daraja app (consumer key and secret) the simulator accepts. */
@Component
class AppCredentials {

    private static final String BASIC = "basic ";

    private final byte[] expected;

    AppCredentials(SimulatorProperties properties) {
        this.expected = (properties.consumerKey() + ":" + properties.consumerSecret()).getBytes(StandardCharsets.UTF_8);
    }

    /** True only for {@code Basic base64(key:secret)} with this app's key and secret. */
    boolean acceptBasic(String authorization) {
        if (authorization == null || authorization.length() <= BASIC.length()
                || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return false;
        }
        try {
            byte[] presented = Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim());
            return MessageDigest.isEqual(presented, expected);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
