package io.mpesagw.token.domain;

/** No usable token can be handed out right now; callers should retry later. */
public class TokenUnavailableException extends RuntimeException {

    public TokenUnavailableException(String message) {
        super(message);
    }
}
