package io.mpesagw.daraja.callback;

/** A callback body that cannot be an STK result; the message says what is missing or wrong. */
public class MalformedCallbackException extends Exception {

    public MalformedCallbackException(String message) {
        super(message);
    }

    public MalformedCallbackException(String message, Throwable cause) {
        super(message, cause);
    }
}
