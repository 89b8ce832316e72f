package io.mpesagw.simulator.stk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** The M-Pesa Express password: standard Base64 of shortcode + passkey + timestamp, no separators. */
public final class StkPassword {

    private StkPassword() {
    }

    public static String of(String shortcode, String passkey, String timestamp) {
        return Base64.getEncoder().encodeToString((shortcode + passkey + timestamp).getBytes(StandardCharsets.UTF_8));
    }

    static boolean matches(String presented, String shortcode, String passkey, String timestamp) {
        byte[] expected = of(shortcode, passkey, timestamp).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected);
    }
}
