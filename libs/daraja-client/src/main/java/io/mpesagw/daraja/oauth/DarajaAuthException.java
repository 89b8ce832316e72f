package io.mpesagw.daraja.oauth;

/** Daraja gave no token. The message never contains the consumer key, secret or a token. */
public class DarajaAuthException extends Exception {

    /** Why no token came back. */
    public enum Reason {
        /** Daraja answered and refused (wrong key/secret, bad grant type, 4xx). */
        REFUSED,
        /** Daraja was unreachable, slow, or answered with a 5xx or a body that is not a token. */
        UNAVAILABLE
    }

    private final Reason reason;

    public DarajaAuthException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DarajaAuthException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
