package io.mpesagw.simulator.initiator;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import javax.crypto.Cipher;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The simulator's stand-in for Safaricom's "SandboxCertificate.cer": an RSA-2048 key pair and a
 * self-signed X.509 certificate. Callers encrypt the initiator password with the certificate's
 * public key (RSA/ECB/PKCS1Padding, then Base64) and the simulator decrypts with the private key.
 */
public final class SecurityCredentialKey {

    private static final String SUBJECT = "CN=apicrypt.daraja-simulator.local, O=daraja-simulator";
    private static final Duration VALIDITY = Duration.ofDays(3650);

    private final X509Certificate certificate;
    private final PrivateKey privateKey;

    private SecurityCredentialKey(X509Certificate certificate, PrivateKey privateKey) {
        this.certificate = certificate;
        this.privateKey = privateKey;
    }

    public static SecurityCredentialKey generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name(SUBJECT);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
            X509CertificateHolder holder = builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
            return new SecurityCredentialKey(new JcaX509CertificateConverter().getCertificate(holder),
                    pair.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException failure) {
            throw new IllegalStateException("Could not generate the simulator's security credential key", failure);
        }
    }

    /** Reads a certificate PEM and its private key PEM (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY"). */
    public static SecurityCredentialKey load(InitiatorProperties.KeyFiles files) {
        X509Certificate certificate;
        PrivateKey privateKey;
        try (Reader certificateReader = Files.newBufferedReader(files.certificate(), StandardCharsets.US_ASCII);
                Reader keyReader = Files.newBufferedReader(files.privateKey(), StandardCharsets.US_ASCII)) {
            if (!(new PEMParser(certificateReader).readObject() instanceof X509CertificateHolder holder)) {
                throw new IllegalArgumentException("SIMULATOR_CERTIFICATE_FILE " + files.certificate()
                        + " holds no PEM CERTIFICATE");
            }
            certificate = new JcaX509CertificateConverter().getCertificate(holder);
            privateKey = switch (new PEMParser(keyReader).readObject()) {
                case PrivateKeyInfo info -> new JcaPEMKeyConverter().getPrivateKey(info);
                case PEMKeyPair pair -> new JcaPEMKeyConverter().getKeyPair(pair).getPrivate();
                case null, default -> throw new IllegalArgumentException("SIMULATOR_PRIVATE_KEY_FILE "
                        + files.privateKey() + " holds no unencrypted PEM PRIVATE KEY or RSA PRIVATE KEY");
            };
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the security credential PEM files", unreadable);
        } catch (GeneralSecurityException unusable) {
            throw new IllegalArgumentException("The security credential PEM files are not usable", unusable);
        }
        requireMatchingRsaPair(certificate, privateKey);
        return new SecurityCredentialKey(certificate, privateKey);
    }

    /** The certificate as PEM text, for callers to encrypt with. */
    public String certificatePem() {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(certificate);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** The plaintext behind a SecurityCredential; empty when it is not Base64 or not for this key. */
    Optional<byte[]> decrypt(String securityCredential) {
        try {
            byte[] ciphertext = Base64.getMimeDecoder().decode(securityCredential);
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.DECRYPT_MODE, privateKey);
            return Optional.of(cipher.doFinal(ciphertext));
        } catch (IllegalArgumentException | GeneralSecurityException notForThisKey) {
            return Optional.empty();
        }
    }

    private static void requireMatchingRsaPair(X509Certificate certificate, PrivateKey privateKey) {
        if (!(certificate.getPublicKey() instanceof RSAPublicKey publicKey)
                || !(privateKey instanceof RSAPrivateCrtKey rsaPrivate)
                || !publicKey.getModulus().equals(rsaPrivate.getModulus())) {
            throw new IllegalArgumentException("SIMULATOR_CERTIFICATE_FILE and SIMULATOR_PRIVATE_KEY_FILE are not "
                    + "one RSA key pair: the certificate's public key does not match the private key");
        }
    }

    @Override
    public String toString() {
        return "SecurityCredentialKey[subject=" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
