package io.mpesagw.daraja.stk;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** STK Password = base64(shortcode + passkey + timestamp): plain concatenation, standard Base64. */
public final class StkPassword {

    private StkPassword() {
    }

    public static String of(String shortcode, String passkey, String timestamp) {
        if (shortcode == null || passkey == null || timestamp == null) {
            throw new IllegalArgumentException("shortcode, passkey and timestamp are all required for the STK password");
        }
        return Base64.getEncoder().encodeToString((shortcode + passkey + timestamp).getBytes(StandardCharsets.UTF_8));
    }
}
