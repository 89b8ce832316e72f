package io.mpesagw.daraja.callback;

/** A callback or Result body that cannot be read; the message says what is missing or wrong. */
public class MalformedCallbackException extends Exception {

    public MalformedCallbackException(String message) {
        super(message);
    }

    public MalformedCallbackException(String message, Throwable cause) {
        super(message, cause);
    }
}
