package io.mpesagw.kit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealedBoxTest {

    private static final byte[] AAD = "daraja_tokens|default|2026-03-01T09:00:00Z".getBytes(StandardCharsets.UTF_8);
    private final String key = randomKey();
    private final SealedBox box = new SealedBox(EncryptionKeys.fromBase64("TOKEN_ENCRYPTION_KEY", key, null));

    @Test
    void opens_what_it_sealed_and_never_stores_the_plaintext() throws Exception {
        SealedBox.Sealed sealed = box.seal(bytes("secret-token-value"), AAD);

        assertThat(new String(sealed.ciphertext(), StandardCharsets.UTF_8)).doesNotContain("secret-token-value");
        assertThat(new String(box.open(sealed, AAD), StandardCharsets.UTF_8)).isEqualTo("secret-token-value");
    }

    @Test
    void two_seals_of_the_same_value_differ() {
        assertThat(box.seal(bytes("v"), AAD).ciphertext()).isNotEqualTo(box.seal(bytes("v"), AAD).ciphertext());
    }

    @Test
    void a_flipped_bit_or_other_associated_data_does_not_open() {
        SealedBox.Sealed sealed = box.seal(bytes("secret-token-value"), AAD);
        byte[] tampered = sealed.ciphertext().clone();
        tampered[0] ^= 1;

        assertThatThrownBy(() -> box.open(new SealedBox.Sealed(sealed.keyId(), sealed.nonce(), tampered), AAD))
                .isInstanceOf(SealedBox.UnsealException.class);
        assertThatThrownBy(() -> box.open(sealed, bytes("daraja_tokens|other|2026-03-01T09:00:00Z")))
                .isInstanceOf(SealedBox.UnsealException.class).hasMessageNotContaining("secret");
    }

    @Test
    void a_rotated_key_still_opens_what_the_previous_key_sealed() throws Exception {
        SealedBox.Sealed old = box.seal(bytes("sealed-before-rotation"), AAD);
        SealedBox rotated = new SealedBox(EncryptionKeys.fromBase64("TOKEN_ENCRYPTION_KEY", randomKey(), key));
        SealedBox forgotten = new SealedBox(EncryptionKeys.fromBase64("TOKEN_ENCRYPTION_KEY", randomKey(), null));

        assertThat(new String(rotated.open(old, AAD), StandardCharsets.UTF_8)).isEqualTo("sealed-before-rotation");
        assertThat(rotated.seal(bytes("new"), AAD).keyId()).isNotEqualTo(old.keyId());
        assertThatThrownBy(() -> forgotten.open(old, AAD)).hasMessageContaining("neither the current nor the previous");
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_naming_the_variable_not_the_value() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> EncryptionKeys.fromBase64("TOKEN_ENCRYPTION_KEY", short16, null))
                .hasMessage("TOKEN_ENCRYPTION_KEY decodes to 16 bytes; expected 32 (AES-256)");
        assertThatThrownBy(() -> EncryptionKeys.fromBase64("TOKEN_ENCRYPTION_KEY", "not base64!", null))
                .hasMessageContaining("not valid base64").hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> EncryptionKeys.fromBase64("TOKEN_ENCRYPTION_KEY", " ", null))
                .hasMessageContaining("must be set");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String randomKey() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }
}
