package io.mpesagw.daraja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.daraja.DarajaEnvironment;
import io.mpesagw.daraja.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitiatorCredentialsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"Safaricom#2024", "Pass&word%1$", "user@home99", "abcDEF123", "Safaricom123!!",
        "Safaricom999!*!"})
    void accepts_letters_digits_and_specials_including_the_sandbox_passwords(String password) {
        assertThat(new InitiatorCredentials("testapi", password, certificate()).password()).isEqualTo(password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Safari(com)1", "Safaricom)", "pass word", "pass\tword", "pässword"})
    void refuses_other_characters_naming_them_but_not_the_password(String password) {
        assertThatThrownBy(() -> new InitiatorCredentials("testapi", password, certificate()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("# & % $")
                .hasMessageNotContaining(password);
    }

    @Test
    void brackets_are_named_in_the_error() {
        assertThatThrownBy(() -> new InitiatorCredentials("testapi", "Safari(com)1", certificate()))
                .hasMessageContaining("'('").hasMessageContaining("')'");
    }

    @Test
    void masks_the_password_in_its_string_form() {
        InitiatorCredentials credentials = new InitiatorCredentials("testapi", "Safaricom#2024", certificate());

        assertThat(credentials.toString()).contains("testapi").contains("password=****")
                .doesNotContain("Safaricom#2024").contains("CN=apicrypt.simulator.test");
    }

    @Test
    void reads_the_certificate_as_pem_or_der() throws Exception {
        X509Certificate certificate = certificate();
        Path der = Files.write(dir.resolve("SandboxCertificate.cer"), certificate.getEncoded());
        Path pem = Files.writeString(dir.resolve("simulator.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");

        assertThat(MpesaCertificate.read(der)).isEqualTo(certificate);
        assertThat(MpesaCertificate.read(pem)).isEqualTo(certificate);
    }

    @Test
    void picks_the_certificate_of_the_configured_environment() throws Exception {
        Path simulator = Files.write(dir.resolve("simulator.cer"), certificate().getEncoded());
        CertificatePerEnvironment certificates = new CertificatePerEnvironment(dir.resolve("missing-sandbox.cer"), null,
                simulator);

        InitiatorCredentials credentials = InitiatorCredentials.forEnvironment("testapi", "Safaricom#2024",
                DarajaEnvironment.of("simulator"), certificates);

        assertThat(credentials.certificate()).isEqualTo(certificate());
        assertThatThrownBy(() -> certificates.select(DarajaEnvironment.PRODUCTION))
                .hasMessageContaining("no initiator certificate is configured for the production environment");
        assertThatThrownBy(() -> certificates.select(DarajaEnvironment.SANDBOX))
                .hasMessageContaining("cannot read the M-Pesa certificate").hasMessageContaining("missing-sandbox.cer");
    }

    @Test
    void refuses_files_that_are_not_rsa_certificates() throws Exception {
        Path garbage = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        Path ec = Files.write(dir.resolve("ec.cer"), TestKeys.ec256().certificate().getEncoded());

        assertThatThrownBy(() -> MpesaCertificate.read(garbage)).hasMessageContaining("not an X.509 certificate");
        assertThatThrownBy(() -> MpesaCertificate.read(ec)).hasMessageContaining("needs RSA");
    }

    @Test
    void environment_names_are_checked() {
        assertThat(DarajaEnvironment.of(" Production ")).isEqualTo(DarajaEnvironment.PRODUCTION);
        assertThat(DarajaEnvironment.of(null)).isEqualTo(DarajaEnvironment.SANDBOX);
        assertThatThrownBy(() -> DarajaEnvironment.of("prod")).hasMessageContaining("'sandbox', 'production' or 'simulator'");
    }

    private static X509Certificate certificate() {
        return TestKeys.rsa2048().certificate();
    }
}
