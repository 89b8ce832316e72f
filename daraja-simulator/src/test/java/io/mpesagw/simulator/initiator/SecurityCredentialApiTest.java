package io.mpesagw.simulator.initiator;

import static io.mpesagw.simulator.initiator.InitiatorApiSupport.b2cBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.balanceBody;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.post;
import static io.mpesagw.simulator.initiator.InitiatorApiSupport.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.CallbackReceiver;
import io.mpesagw.simulator.SimulatorApiTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The SecurityCredential: the served certificate, decryption, 2001 and the 8006 lock. */
class SecurityCredentialApiTest extends SimulatorApiTest {

    private static CallbackReceiver receiver;
    private String token;

    @LocalServerPort
    private int serverPort;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void signIn() {
        InitiatorApiSupport.unlock(daraja());
        token = daraja().accessToken();
    }

    @AfterEach
    void unlock() {
        InitiatorApiSupport.unlock(daraja());
    }

    @Test
    void the_certificate_is_served_as_pem_with_an_rsa_2048_key() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + serverPort + "/simulator/v1/certificate")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-pem-file"));
        assertThat(response.body()).startsWith("-----BEGIN CERTIFICATE-----");
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.US_ASCII)));
        assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(certificate.getSubjectX500Principal()).isEqualTo(certificate.getIssuerX500Principal());
    }

    @Test
    void a_password_encrypted_with_the_served_certificate_is_decrypted_and_accepted() {
        String credential = InitiatorApiSupport.securityCredential(daraja(), InitiatorApiSupport.PASSWORD);
        assertThat(credential).hasSize(344);

        assertThat(post(daraja(), "/mpesa/accountbalance/v1/query", token,
                balanceBody(credential, receiver.urlFor("round-trip"))).status()).isEqualTo(200);

        assertThat(result(receiver.awaitCallback("round-trip")).get("ResultCode").asInt()).isZero();
    }

    @Test
    void a_credential_for_another_certificate_or_not_base64_gets_2001() {
        String otherCertificate = SecurityCredentialKey.generate(Instant.now()).certificatePem();
        String foreign = InitiatorApiSupport.encrypt(otherCertificate, InitiatorApiSupport.PASSWORD);

        post(daraja(), "/mpesa/accountbalance/v1/query", token, balanceBody(foreign, receiver.urlFor("foreign")));
        post(daraja(), "/mpesa/accountbalance/v1/query", token, balanceBody("%%%not base64%%%",
                receiver.urlFor("garbage")));

        assertThat(result(receiver.awaitCallback("foreign")).get("ResultCode").asInt()).isEqualTo(2001);
        assertThat(result(receiver.awaitCallback("garbage")).get("ResultCode").asInt()).isEqualTo(2001);
    }

    @Test
    void bad_credentials_in_a_row_lock_the_api_user_with_8006_until_the_control_api_unlocks_it() {
        String wrong = InitiatorApiSupport.securityCredential(daraja(), "Wrong#Password1");
        String right = InitiatorApiSupport.securityCredential(daraja(), InitiatorApiSupport.PASSWORD);
        for (int attempt = 1; attempt <= InitiatorApiSupport.LOCK_AFTER; attempt++) {
            pay(wrong, "bad-" + attempt);
            assertThat(result(receiver.awaitCallback("bad-" + attempt)).get("ResultCode").asInt()).isEqualTo(2001);
        }

        pay(right, "locked");
        JsonNode locked = result(receiver.awaitCallback("locked"));
        assertThat(locked.get("ResultCode").isNumber()).isTrue();
        assertThat(locked.get("ResultCode").asInt()).isEqualTo(8006);
        assertThat(locked.get("ResultDesc").asString()).isEqualTo("The security credential is locked.");
        assertThat(locked.has("ResultParameters")).isFalse();

        InitiatorApiSupport.unlock(daraja());
        pay(right, "unlocked");
        assertThat(result(receiver.awaitCallback("unlocked")).get("ResultCode").asInt()).isZero();
    }

    @Test
    void a_right_credential_resets_the_count_of_bad_ones() {
        String wrong = InitiatorApiSupport.securityCredential(daraja(), "Wrong#Password1");
        String right = InitiatorApiSupport.securityCredential(daraja(), InitiatorApiSupport.PASSWORD);
        for (int attempt = 1; attempt < InitiatorApiSupport.LOCK_AFTER; attempt++) {
            pay(wrong, "almost-" + attempt);
        }
        pay(right, "reset");
        pay(wrong, "after-reset");

        assertThat(result(receiver.awaitCallback("reset")).get("ResultCode").asInt()).isZero();
        assertThat(result(receiver.awaitCallback("after-reset")).get("ResultCode").asInt()).isEqualTo(2001);
    }

    private void pay(String credential, String name) {
        assertThat(post(daraja(), "/mpesa/b2c/v3/paymentrequest", token, b2cBody("lock-" + UUID.randomUUID(),
                "254708374149", credential, receiver.urlFor(name), receiver.urlFor(name + "-timeout"))).status())
                .isEqualTo(200);
    }
}
