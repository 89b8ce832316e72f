package io.mpesagw.daraja.c2b;

import io.mpesagw.daraja.http.Fields;
import java.util.List;
import java.util.Locale;

/**
 * The URLs M-Pesa calls for payments to {@code shortCode}. Production registers once (a second try
 * is refused with "Urls are already registered."); the sandbox allows re-registering.
 */
public record C2bRegistration(String shortCode, C2bResponseType responseType, String confirmationUrl,
        String validationUrl) {

    /** Documented for Register URL: URLs containing these words (any case) are refused. */
    private static final List<String> FORBIDDEN_WORDS =
            List.of("m-pesa", "mpesa", "safaricom", "exe", "exec", "cmd", "sql", "query");

    public C2bRegistration {
        Fields.shortCode(shortCode, "shortCode");
        if (responseType == null) {
            throw new IllegalArgumentException("responseType is required (Completed or Cancelled)");
        }
        checkUrl(confirmationUrl, "confirmationUrl");
        checkUrl(validationUrl, "validationUrl");
    }

    private static void checkUrl(String url, String name) {
        Fields.callbackUrl(url, name);
        String lower = url.toLowerCase(Locale.ROOT);
        for (String word : FORBIDDEN_WORDS) {
            if (lower.contains(word)) {
                throw new IllegalArgumentException(name + " must not contain '" + word + "' (in any case): "
                        + "Daraja refuses such C2B URLs");
            }
        }
    }

    @Override
    public String toString() {
        return "C2bRegistration[shortCode=" + shortCode + ", responseType=" + responseType + ", confirmationUrl="
                + Fields.maskedUrl(confirmationUrl) + ", validationUrl=" + Fields.maskedUrl(validationUrl) + "]";
    }
}
