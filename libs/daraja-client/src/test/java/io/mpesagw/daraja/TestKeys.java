package io.mpesagw.daraja;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fresh key pairs with self-signed certificates, made once per test JVM by the JDK's keytool (the JDK
 * has no public API to sign a certificate, and a committed private key would look like a real secret).
 */
public final class TestKeys {

    /** A certificate and the private key that decrypts what its public key encrypted. */
    public record Pair(X509Certificate certificate, PrivateKey privateKey) {
    }

    private static Pair rsa;
    private static Pair ec;

    private TestKeys() {
    }

    public static synchronized Pair rsa2048() {
        if (rsa == null) {
            rsa = generate("RSA", "2048");
        }
        return rsa;
    }

    public static synchronized Pair ec256() {
        if (ec == null) {
            ec = generate("EC", "256");
        }
        return ec;
    }

    private static Pair generate(String algorithm, String size) {
        char[] pass = "test-only".toCharArray();
        try {
            Path dir = Files.createTempDirectory("daraja-test-keys");
            try {
                Path store = dir.resolve("keys.p12");
                String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
                Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "mpesa", "-keyalg",
                        algorithm, "-keysize", size, "-dname", "CN=apicrypt.simulator.test", "-validity", "2",
                        "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(pass),
                        "-keypass", new String(pass), "-noprompt"))
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes());
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
                KeyStore keyStore = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(store)) {
                    keyStore.load(in, pass);
                }
                return new Pair((X509Certificate) keyStore.getCertificate("mpesa"),
                        (PrivateKey) keyStore.getKey("mpesa", pass));
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not make a test key pair", e);
        }
    }
}
