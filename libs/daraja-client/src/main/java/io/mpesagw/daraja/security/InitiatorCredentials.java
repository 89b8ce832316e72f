package io.mpesagw.daraja.security;

import io.mpesagw.daraja.DarajaEnvironment;
import java.security.cert.X509Certificate;
import java.util.regex.Pattern;

/**
 * The API operator ("initiator") that B2C, Transaction Status, Account Balance and Reversal act as,
 * and the certificate of the environment it belongs to. The password never appears in toString.
 */
public record InitiatorCredentials(String initiatorName, String password, X509Certificate certificate) {

    /**
     * Daraja documents # &amp; % $ as the safe special characters and brackets as rejected (section 6.2),
     * yet its own sandbox passwords carry '!' and '*' ({@code Safaricom123!!}): so only what is known to
     * fail is refused here (brackets, whitespace, control and non-ASCII characters).
     */
    private static final Pattern PASSWORD_CHARACTERS = Pattern.compile("[\\x21-\\x7E&&[^()]]+");

    public InitiatorCredentials {
        if (initiatorName == null || initiatorName.isBlank()) {
            throw new IllegalArgumentException("the initiator name is required (the API operator, e.g. testapi)");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the initiator password is required");
        }
        checkCharacters(password);
        if (certificate == null) {
            throw new IllegalArgumentException("the M-Pesa certificate for the initiator's environment is required");
        }
    }

    /** The certificate picked from configuration by environment. */
    public static InitiatorCredentials forEnvironment(String initiatorName, String password,
            DarajaEnvironment environment, CertificatePerEnvironment certificates) {
        return new InitiatorCredentials(initiatorName, password, certificates.select(environment));
    }

    /** A fresh credential on each call (randomised padding); cheap, as it is one RSA public-key operation. */
    public SecurityCredential securityCredential() {
        return SecurityCredential.encrypt(password, certificate);
    }

    private static void checkCharacters(String password) {
        if (PASSWORD_CHARACTERS.matcher(password).matches()) {
            return;
        }
        String offending = password.codePoints()
                .filter(c -> !PASSWORD_CHARACTERS.matcher(Character.toString(c)).matches())
                .distinct()
                .mapToObj(c -> c == ' ' ? "space" : "'" + Character.toString(c) + "'")
                .reduce((a, b) -> a + ", " + b).orElse("");
        // Names only the offending characters, never the password itself.
        throw new IllegalArgumentException("the initiator password contains " + offending + "; Daraja rejects "
                + "brackets, and spaces or non-ASCII characters cannot be typed into it. Set a password of letters, "
                + "digits and the documented special characters # & % $ on the Daraja portal");
    }

    @Override
    public String toString() {
        return "InitiatorCredentials[initiatorName=" + initiatorName + ", password=****, certificate="
                + certificate.getSubjectX500Principal().getName() + "]";
    }
}
