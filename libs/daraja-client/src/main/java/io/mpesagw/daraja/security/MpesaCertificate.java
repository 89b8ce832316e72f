package io.mpesagw.daraja.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;

/**
 * Reads the certificate whose public key encrypts the initiator password: the portal's
 * SandboxCertificate.cer / ProductionCertificate.cer (PEM or DER), or the simulator's own.
 * Its validity dates are not checked: M-Pesa ignores them (the sandbox one expired in 2016).
 */
public final class MpesaCertificate {

    private MpesaCertificate() {
    }

    public static X509Certificate read(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("a certificate file is required");
        }
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the M-Pesa certificate " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code pemOrDer}: a "-----BEGIN CERTIFICATE-----" text or the raw DER bytes; {@code origin} names it in errors. */
    public static X509Certificate read(byte[] pemOrDer, String origin) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pemOrDer));
            if (!(certificate.getPublicKey() instanceof RSAPublicKey)) {
                throw new IllegalArgumentException("the M-Pesa certificate " + origin + " has a "
                        + certificate.getPublicKey().getAlgorithm() + " key; SecurityCredential needs RSA");
            }
            return certificate;
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("the M-Pesa certificate " + origin
                    + " is not an X.509 certificate in PEM or DER form", e);
        }
    }
}
