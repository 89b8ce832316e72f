package io.mpesagw.token.domain;

import java.util.regex.Pattern;

/** The rule for a credential set's name: merchant ids such as {@code mer_3hT9xk…} are used as names. */
public final class CredentialSetName {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /** What the rule accepts, in words for error messages. */
    public static final String RULE = "1 to 64 characters: letters, digits, '_' and '-', starting with a letter or digit";

    private CredentialSetName() {
    }

    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
