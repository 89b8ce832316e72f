package io.mpesagw.simulator.initiator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObjectGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityCredentialKeyTest {

    @TempDir
    Path dir;

    @Test
    void a_generated_key_decrypts_what_its_certificate_encrypted() {
        SecurityCredentialKey key = SecurityCredentialKey.generate(Instant.now());

        String credential = InitiatorApiSupport.encrypt(key.certificatePem(), "Safaricom999!*!");

        assertThat(key.decrypt(credential)).hasValueSatisfying(plain ->
                assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("Safaricom999!*!"));
        assertThat(key.decrypt("bm90IGEgY2lwaGVydGV4dA==")).isEmpty();
        assertThat(key.decrypt("***")).isEmpty();
    }

    @Test
    void pkcs8_and_pkcs1_private_key_files_are_both_read() throws Exception {
        KeyPair pair = rsaPair();
        Path certificate = write("cert.pem", pem(selfSigned(pair)));
        Path pkcs8 = write("key-pkcs8.pem", pkcs8Pem(new JcaPKCS8Generator(pair.getPrivate(), null)));
        Path pkcs1 = write("key-pkcs1.pem", pem(pair.getPrivate()));
        assertThat(Files.readString(pkcs8)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(pkcs1)).startsWith("-----BEGIN RSA PRIVATE KEY-----");

        for (Path privateKey : new Path[] {pkcs8, pkcs1}) {
            SecurityCredentialKey key =
                    SecurityCredentialKey.load(new InitiatorProperties.KeyFiles(certificate, privateKey));
            String credential = InitiatorApiSupport.encrypt(key.certificatePem(), "pw");
            assertThat(key.decrypt(credential)).hasValueSatisfying(plain ->
                    assertThat(plain).isEqualTo("pw".getBytes(StandardCharsets.UTF_8)));
            assertThat(key.certificatePem()).isEqualTo(Files.readString(certificate));
        }
    }

    @Test
    void a_certificate_and_a_key_of_different_pairs_are_refused_at_start_up() throws Exception {
        Path certificate = write("cert.pem", pem(selfSigned(rsaPair())));
        Path otherKey = write("other.pem", pem(rsaPair().getPrivate()));

        assertThatThrownBy(() -> SecurityCredentialKey.load(new InitiatorProperties.KeyFiles(certificate, otherKey)))
                .hasMessageContaining("not one RSA key pair");
        assertThatThrownBy(() -> SecurityCredentialKey.load(new InitiatorProperties.KeyFiles(otherKey, otherKey)))
                .hasMessageContaining("SIMULATOR_CERTIFICATE_FILE");
    }

    @Test
    void the_settings_name_what_is_wrong_and_never_show_the_password() {
        assertThatThrownBy(() -> new InitiatorProperties("testapi", "pw", 5, "cert.pem", "", ""))
                .hasMessageContaining("SIMULATOR_PRIVATE_KEY_FILE");
        assertThatThrownBy(() -> new InitiatorProperties("testapi", "", 5, "", "", ""))
                .hasMessageContaining("SIMULATOR_INITIATOR_PASSWORD");
        assertThatThrownBy(() -> new InitiatorProperties("testapi", "pw", 0, "", "", ""))
                .hasMessageContaining("SIMULATOR_CREDENTIAL_LOCK_AFTER");

        InitiatorProperties properties = new InitiatorProperties("testapi", "Secret#123", 5, "", "", "");
        assertThat(properties.toString()).doesNotContain("Secret#123");
        assertThat(properties.keyFiles()).isEmpty();
        assertThat(properties.certificateOutPath()).isEmpty();
    }

    private static KeyPair rsaPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static Object selfSigned(KeyPair pair) throws Exception {
        X500Name name = new X500Name("CN=test");
        return new JcaX509v3CertificateBuilder(name, BigInteger.ONE, new Date(), new Date(System.currentTimeMillis()
                + 86_400_000L), name, pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA")
                .build(pair.getPrivate()));
    }

    private static String pem(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    private static String pkcs8Pem(PemObjectGenerator generator) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(generator);
        }
        return out.toString();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
