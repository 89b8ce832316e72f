package io.mpesagw.token.adapter.out.persistence;

import io.mpesagw.kit.crypto.SealedBox;
import io.mpesagw.token.domain.StoredCredentialSet.SecretField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Seals one secret of a credential set for its row and column: the associated data is the table, the
 * set's name and the field, so a sealed passkey copied to another set, or into the consumer secret's
 * column, does not open. Stored as {@code keyId.nonce.ciphertext}.
 */
final class CredentialSeal {

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SealedBox box;

    CredentialSeal(SealedBox box) {
        this.box = box;
    }

    String seal(String setName, SecretField field, String value) {
        SealedBox.Sealed sealed = box.seal(value.getBytes(StandardCharsets.UTF_8), scope(setName, field));
        return sealed.keyId() + "." + ENCODER.encodeToString(sealed.nonce()) + "." + ENCODER.encodeToString(sealed.ciphertext());
    }

    /** Null stays null (an absent initiator); anything that does not open stops the caller. */
    String open(String setName, SecretField field, String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\.", 3);
        try {
            if (parts.length != 3) {
                throw new SealedBox.UnsealException("is not in keyId.nonce.ciphertext form");
            }
            return new String(box.open(new SealedBox.Sealed(parts[0], DECODER.decode(parts[1]), DECODER.decode(parts[2])),
                    scope(setName, field)), StandardCharsets.UTF_8);
        } catch (SealedBox.UnsealException | IllegalArgumentException e) {
            // tampering or a lost key: an operator must act, and the message names no secret
            throw new IllegalStateException("the " + field.wireName() + " of credential set '" + setName
                    + "' does not open: " + e.getMessage());
        }
    }

    private static byte[] scope(String setName, SecretField field) {
        return ("credential_sets\n" + setName + "\n" + field.wireName()).getBytes(StandardCharsets.UTF_8);
    }
}
