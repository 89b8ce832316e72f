package io.mpesagw.daraja.http;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Masks secrets in text that came back from Daraja before it reaches a log or an outcome:
 * Daraja echoes the token in "Invalid Access Token - <token>", and a proxy may echo anything.
 */
public final class Redaction {

    private static final int MAX_SNIPPET = 300;

    private final List<String> secrets;

    private Redaction(List<String> secrets) {
        this.secrets = secrets;
    }

    public static Redaction of(String... secrets) {
        return new Redaction(Arrays.stream(secrets).filter(Objects::nonNull).filter(s -> s.length() >= 4).toList());
    }

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, "****");
        }
        return masked;
    }

    /** A short, masked, single-line excerpt of a response body for messages and logs. */
    public String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String oneLine = apply(body).replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_SNIPPET ? oneLine : oneLine.substring(0, MAX_SNIPPET) + "...";
    }
}
