package io.mpesagw.gateway.idempotency.domain;

import java.util.regex.Pattern;

/** SHA-256 (hex) of a request body's canonical form: the same request, however it is spelled, has one fingerprint. */
public record RequestFingerprint(String sha256) {

    private static final Pattern HEX_SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public RequestFingerprint {
        if (sha256 == null || !HEX_SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a request fingerprint is a lower-case hex SHA-256");
        }
    }
}
