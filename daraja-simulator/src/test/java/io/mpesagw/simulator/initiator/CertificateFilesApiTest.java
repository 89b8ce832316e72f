package io.mpesagw.simulator.initiator;

import static io.mpesagw.simulator.initiator.InitiatorApiSupport.balanceBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.SimulatorApiTest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Comparator;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulator started with SIMULATOR_CERTIFICATE_FILE / SIMULATOR_PRIVATE_KEY_FILE (a certificate
 * that survives restarts), SIMULATOR_CERTIFICATE_OUT and its own initiator: a context of its own.
 */
class CertificateFilesApiTest extends SimulatorApiTest {

    private static final String NAME = "apiop37";
    private static final String PASSWORD = "Local#Initiator%1";
    private static Path dir;
    private static String certificatePem;
    private static CallbackReceiver receiver;

    @DynamicPropertySource
    static void keyFiles(DynamicPropertyRegistry registry) throws Exception {
        dir = Files.createTempDirectory("simulator-certificate");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=local-simulator");
        certificatePem = pem(new JcaX509v3CertificateBuilder(subject, BigInteger.TEN, new Date(),
                new Date(System.currentTimeMillis() + 86_400_000L), subject, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        Files.writeString(dir.resolve("cert.pem"), certificatePem);
        Files.writeString(dir.resolve("key.pem"), pem(pair.getPrivate()));
        registry.add("simulator.initiator.certificate-file", () -> dir.resolve("cert.pem").toString());
        registry.add("simulator.initiator.private-key-file", () -> dir.resolve("key.pem").toString());
        registry.add("simulator.initiator.certificate-out", () -> dir.resolve("out/served.pem").toString());
        registry.add("simulator.initiator.name", () -> NAME);
        registry.add("simulator.initiator.password", () -> PASSWORD);
    }

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void cleanUp() throws IOException {
        receiver.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void serves_the_certificate_from_the_file_and_writes_it_out_at_start_up() throws IOException {
        String served = daraja().plainText("/simulator/v1/certificate");

        assertThat(served).isEqualTo(certificatePem);
        assertThat(Files.readString(dir.resolve("out/served.pem"))).isEqualTo(certificatePem);
    }

    @Test
    void decrypts_with_the_private_key_from_the_file_for_the_configured_initiator() {
        ObjectNode body = balanceBody(InitiatorApiSupport.encrypt(certificatePem, PASSWORD),
                receiver.urlFor("from-files")).put("Initiator", NAME);
        ObjectNode defaultName = balanceBody(InitiatorApiSupport.encrypt(certificatePem, PASSWORD),
                receiver.urlFor("default-name"));

        String token = daraja().accessToken();
        assertThat(post(daraja(), "/mpesa/accountbalance/v1/query", token, body).status()).isEqualTo(200);
        post(daraja(), "/mpesa/accountbalance/v1/query", token, defaultName);

        assertThat(result(receiver.awaitCallback("from-files")).get("ResultCode").asInt()).isZero();
        assertThat(result(receiver.awaitCallback("default-name")).get("ResultCode").asInt()).isEqualTo(2001);
    }

    private static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }
}
