package io.mpesagw.daraja.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * The SecurityCredential field: Base64(RSA/ECB/PKCS1Padding(initiator password)) under the M-Pesa
 * certificate's public key (fact sheet 6.2). Not OAEP. PKCS#1 v1.5 is randomised, so every value
 * differs and all are valid. The value unlocks the initiator like the password does: never printed.
 */
public record SecurityCredential(String value) {

    public SecurityCredential {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a SecurityCredential value is required");
        }
    }

    public static SecurityCredential encrypt(String initiatorPassword, X509Certificate certificate) {
        if (initiatorPassword == null || initiatorPassword.isEmpty() || certificate == null) {
            throw new IllegalArgumentException("the initiator password and the M-Pesa certificate are both required");
        }
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.ENCRYPT_MODE, certificate.getPublicKey());
            byte[] encrypted = rsa.doFinal(initiatorPassword.getBytes(StandardCharsets.UTF_8));
            return new SecurityCredential(Base64.getEncoder().encodeToString(encrypted));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt the initiator password with the certificate of "
                    + certificate.getSubjectX500Principal().getName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "SecurityCredential[****]";
    }
}
