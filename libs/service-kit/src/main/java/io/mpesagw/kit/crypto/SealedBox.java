package io.mpesagw.kit.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for secrets at rest. The associated data binds a sealed value to where it belongs
 * (e.g. its row's key and expiry), so a value copied to another row, or a row whose expiry was
 * edited, no longer opens.
 */
public final class SealedBox {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final EncryptionKeys keys;
    private final SecureRandom random = new SecureRandom();

    public SealedBox(EncryptionKeys keys) {
        this.keys = keys;
    }

    /** What is stored: which key sealed it, the random nonce, and ciphertext with its tag. */
    public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {

        @Override
        public String toString() {
            return "Sealed[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
        }
    }

    public Sealed seal(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return new Sealed(keys.currentId(), nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM", e);
        }
    }

    /** @throws UnsealException when the key is unknown or the value, nonce or associated data was altered */
    public byte[] open(Sealed sealed, byte[] associatedData) throws UnsealException {
        SecretKey key = keys.byId(sealed.keyId()).orElseThrow(() -> new UnsealException(
                "sealed with key " + sealed.keyId() + ", which is neither the current nor the previous key"));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed.ciphertext());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnsealException("does not open with key " + sealed.keyId() + ": altered or not ours");
        }
    }

    /** A sealed value that cannot be trusted; the message names no secret. */
    public static final class UnsealException extends Exception {
        public UnsealException(String message) {
            super(message);
        }
    }
}
