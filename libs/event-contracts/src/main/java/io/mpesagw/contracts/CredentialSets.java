package io.mpesagw.contracts;

/**
 * Names of the Daraja credential sets (app, shortcode, passkey, initiator) that token-service keeps.
 * A merchant with its own set is served under its merchant id; everybody else under {@link #DEFAULT}.
 */
public final class CredentialSets {

    /** The deployment's own set, configured by environment variables. */
    public static final String DEFAULT = "default";

    private CredentialSets() {
    }

    /** A command written before commands named their set (already on a topic) means the default set. */
    public static String orDefault(String name) {
        return name == null || name.isBlank() ? DEFAULT : name;
    }
}
