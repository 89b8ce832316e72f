package io.mpesagw.kit.kafka;

/** A record that no retry can fix; it goes straight to the dead-letter topic. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
