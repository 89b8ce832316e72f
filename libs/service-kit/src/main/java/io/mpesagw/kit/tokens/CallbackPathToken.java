package io.mpesagw.kit.tokens;

/**
 * The unguessable part of a payment's callback URL. Daraja callbacks are unsigned, so the path
 * itself proves that the caller was given this payment's URL. Stateless: HMAC of the payment id.
 */
public final class CallbackPathToken {

    private final byte[] key;

    public CallbackPathToken(String signingKey) {
        this.key = Hmac.requireStrongKey(signingKey, "CALLBACK_SIGNING_KEY");
    }

    public String forPayment(String paymentId) {
        return Hmac.sign(key, "stk-callback:" + paymentId);
    }

    /** Constant-time check, so the token cannot be guessed byte by byte from response times. */
    public boolean matches(String paymentId, String presented) {
        return Hmac.equalsInConstantTime(forPayment(paymentId), presented);
    }
}
