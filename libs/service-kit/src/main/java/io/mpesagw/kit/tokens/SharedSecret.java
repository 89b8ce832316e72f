package io.mpesagw.kit.tokens;

/** A secret shared between two of our services (e.g. the internal bearer token). */
public final class SharedSecret {

    private final String value;

    public SharedSecret(String value, String name) {
        Hmac.requireStrongKey(value, name);
        this.value = value;
    }

    /** Constant-time check of an {@code Authorization: Bearer ...} header value. */
    public boolean matchesBearer(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            return false;
        }
        return Hmac.equalsInConstantTime(value, authorizationHeader.substring(7));
    }

    public String asBearer() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "SharedSecret[****]";
    }
}
