package io.mpesagw.token.config;

import io.mpesagw.token.domain.CredentialSetName;

/** One Daraja app whose tokens this service keeps: a merchant's consumer key and secret for one environment. */
public record CredentialSet(String name, String environment, String consumerKey, String consumerSecret) {

    public CredentialSet {
        if (!CredentialSetName.isValid(name)) {
            throw new IllegalArgumentException("a credential set name must be " + CredentialSetName.RULE);
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
