package io.mpesagw.token.domain;

/** The token source gave no token. The message is safe to show: it holds no credential. */
public class TokenSourceException extends Exception {

    public TokenSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
