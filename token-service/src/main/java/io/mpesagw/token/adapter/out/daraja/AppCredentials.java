package io.mpesagw.token.adapter.out.daraja;

import io.mpesagw.token.domain.TokenSourceException;

/** A Daraja app's consumer key and secret, the pair OAuth takes. */
public record AppCredentials(String consumerKey, String consumerSecret) {

    /**
     * Where a set's pair comes from at each refresh: fixed for a configured set, read from the vault
     * for a stored one, so a replaced set's next token is fetched with the new app.
     */
    @FunctionalInterface
    public interface Lookup {
        AppCredentials current() throws TokenSourceException;
    }

    public static Lookup fixed(String consumerKey, String consumerSecret) {
        AppCredentials credentials = new AppCredentials(consumerKey, consumerSecret);
        return () -> credentials;
    }

    @Override
    public String toString() {
        return "AppCredentials[consumerKey=****, consumerSecret=****]";
    }
}
