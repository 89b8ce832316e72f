package io.mpesagw.daraja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.daraja.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;

/** Fact sheet 6.2, checked with a freshly generated RSA-2048 key pair. */
class SecurityCredentialTest {

    @Test
    void decrypts_back_to_the_password_with_the_private_key() throws Exception {
        SecurityCredential credential = SecurityCredential.encrypt("Safaricom#2024", TestKeys.rsa2048().certificate());

        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.DECRYPT_MODE, TestKeys.rsa2048().privateKey());
        byte[] plain = rsa.doFinal(Base64.getDecoder().decode(credential.value()));

        assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("Safaricom#2024");
    }

    @Test
    void is_344_standard_base64_characters_for_rsa_2048() {
        String value = SecurityCredential.encrypt("Safaricom#2024", TestKeys.rsa2048().certificate()).value();

        assertThat(value).hasSize(344).matches("[A-Za-z0-9+/]+={0,2}");
        assertThat(Base64.getDecoder().decode(value)).hasSize(256);
    }

    @Test
    void is_randomised_each_time_because_pkcs1_v1_5_pads_with_random_bytes() {
        Set<String> values = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            values.add(SecurityCredential.encrypt("Safaricom#2024", TestKeys.rsa2048().certificate()).value());
        }

        assertThat(values).hasSize(5);
    }

    @Test
    void never_prints_its_value() {
        SecurityCredential credential = SecurityCredential.encrypt("Safaricom#2024", TestKeys.rsa2048().certificate());

        assertThat(credential.toString()).doesNotContain(credential.value().substring(0, 12)).contains("****");
    }

    @Test
    void needs_a_password_and_a_certificate() {
        assertThatThrownBy(() -> SecurityCredential.encrypt("", TestKeys.rsa2048().certificate()))
                .hasMessageContaining("required");
        assertThatThrownBy(() -> SecurityCredential.encrypt("Safaricom#2024", null)).hasMessageContaining("required");
    }
}
