package io.mpesagw.kit.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Lets a browser watch exactly one payment's live status without any merchant credential.
 * Format: {@code <paymentId>.<expiryEpochSeconds>.<signature>}.
 */
public final class WatchToken {

    private final byte[] key;
    private final Clock clock;

    public WatchToken(String signingKey, Clock clock) {
        this.key = Hmac.requireStrongKey(signingKey, "CHECKOUT_WATCH_SIGNING_KEY");
        this.clock = clock;
    }

    public String issue(String paymentId, Duration validFor) {
        long expiry = clock.instant().plus(validFor).getEpochSecond();
        String claims = paymentId + "." + expiry;
        return claims + "." + Hmac.sign(key, "watch:" + claims);
    }

    /** True when the token was issued by us for this payment and has not expired. */
    public boolean allows(String token, String paymentId) {
        if (token == null) {
            return false;
        }
        int lastDot = token.lastIndexOf('.');
        int expiryDot = lastDot < 0 ? -1 : token.lastIndexOf('.', lastDot - 1);
        if (expiryDot < 0) {
            return false;
        }
        String claims = token.substring(0, lastDot);
        if (!Hmac.equalsInConstantTime(Hmac.sign(key, "watch:" + claims), token.substring(lastDot + 1))) {
            return false;
        }
        try {
            long expiry = Long.parseLong(token.substring(expiryDot + 1, lastDot));
            return token.substring(0, expiryDot).equals(paymentId)
                    && clock.instant().isBefore(Instant.ofEpochSecond(expiry));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
