package io.mpesagw.gateway.idempotency.domain;

import java.util.regex.Pattern;

/**
 * The caller's {@code Idempotency-Key}: 1 to 255 printable ASCII characters, e.g. a UUID. It also
 * unseals the stored response, so it is kept only as a digest and never printed.
 */
public record IdempotencyKey(String value) {

    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]{1,255}");

    public IdempotencyKey {
        if (value == null || value.isBlank() || !PRINTABLE_ASCII.matcher(value).matches()) {
            throw new IllegalArgumentException("an idempotency key is 1 to 255 printable ASCII characters");
        }
    }

    @Override
    public String toString() {
        return "IdempotencyKey[****]";
    }
}
