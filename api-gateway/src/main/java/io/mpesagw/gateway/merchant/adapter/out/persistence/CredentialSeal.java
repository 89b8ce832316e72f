package io.mpesagw.gateway.merchant.adapter.out.persistence;

import io.mpesagw.gateway.merchant.domain.DarajaCredentials.SecretField;
import io.mpesagw.kit.crypto.SealedBox;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Seals one Daraja secret for its row and column: the associated data is the table, the merchant id
 * and the field, so a sealed passkey copied to another merchant, or into the consumer secret's
 * column, does not open. Stored as {@code keyId.nonce.ciphertext}.
 */
@Component
class CredentialSeal {

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SealedBox box;

    CredentialSeal(SealedBox box) {
        this.box = box;
    }

    String seal(String merchantId, SecretField field, String value) {
        SealedBox.Sealed sealed = box.seal(value.getBytes(StandardCharsets.UTF_8), scope(merchantId, field));
        return sealed.keyId() + "." + ENCODER.encodeToString(sealed.nonce()) + "." + ENCODER.encodeToString(sealed.ciphertext());
    }

    String open(String merchantId, SecretField field, String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\.", 3);
        try {
            if (parts.length != 3) {
                throw new SealedBox.UnsealException("is not in keyId.nonce.ciphertext form");
            }
            return new String(box.open(new SealedBox.Sealed(parts[0], DECODER.decode(parts[1]), DECODER.decode(parts[2])),
                    scope(merchantId, field)), StandardCharsets.UTF_8);
        } catch (SealedBox.UnsealException | IllegalArgumentException e) {
            // tampering or a lost key: an operator must act, and the message names no secret
            throw new IllegalStateException("the Daraja " + field.wireName() + " of merchant " + merchantId
                    + " does not open: " + e.getMessage());
        }
    }

    private static byte[] scope(String merchantId, SecretField field) {
        return ("daraja_credentials\n" + merchantId + "\n" + field.wireName()).getBytes(StandardCharsets.UTF_8);
    }
}
