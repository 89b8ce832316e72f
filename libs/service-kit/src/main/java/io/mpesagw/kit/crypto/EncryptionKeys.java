package io.mpesagw.kit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that seal secrets at rest: the current one seals, the current and the previous
 * one open, so a key can be rotated without losing what was sealed under the old one. Each key is
 * known by a short id derived from it, stored next to every sealed value.
 */
public final class EncryptionKeys {

    private static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> byId;

    private EncryptionKeys(String currentId, Map<String, SecretKey> byId) {
        this.currentId = currentId;
        this.byId = byId;
    }

    /**
     * @param variable what the operator set, for error messages (never the value)
     * @param current  base64 of 32 random bytes
     * @param previous the key being rotated out, or null/blank
     */
    public static EncryptionKeys fromBase64(String variable, String current, String previous) {
        SecretKey currentKey = decode(variable, current);
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keys.put(idOf(currentKey), currentKey);
        if (previous != null && !previous.isBlank()) {
            SecretKey previousKey = decode(variable + "_PREVIOUS", previous);
            keys.putIfAbsent(idOf(previousKey), previousKey);
        }
        return new EncryptionKeys(idOf(currentKey), Map.copyOf(keys));
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return byId.get(currentId);
    }

    Optional<SecretKey> byId(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    private static SecretKey decode(String variable, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(variable + " must be set: base64 of 32 random bytes (e.g. `openssl rand -base64 32`)");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " is not valid base64; expected base64 of 32 random bytes");
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException(variable + " decodes to " + raw.length + " bytes; expected 32 (AES-256)");
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** 8 hex characters of a domain-separated digest: enough to tell keys apart, useless to an attacker. */
    private static String idOf(SecretKey key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("mpesagw-encryption-key-id:".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha256.digest(key.getEncoded()), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "EncryptionKeys[current=" + currentId + ", known=" + byId.keySet() + "]";
    }
}
