package io.mpesagw.token.config;

import java.util.regex.Pattern;

/** One Daraja app whose tokens this service keeps: a merchant's consumer key and secret for one environment. */
public record CredentialSet(String name, String environment, String consumerKey, String consumerSecret) {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public CredentialSet {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a credential set name must be 1 to 40 characters: lower-case letters, digits"
                    + " and hyphens, starting with a letter or digit");
        }
        if (!"sandbox".equals(environment) && !"production".equals(environment)) {
            throw new IllegalArgumentException("credential set '" + name + "': environment must be 'sandbox' or 'production'");
        }
        if (consumerKey == null || consumerKey.isBlank() || consumerSecret == null || consumerSecret.isBlank()) {
            throw new IllegalArgumentException("credential set '" + name + "': consumerKey and consumerSecret are required");
        }
    }

    @Override
    public String toString() {
        return "CredentialSet[" + name + ", " + environment + ", consumerKey=****, consumerSecret=****]";
    }
}
