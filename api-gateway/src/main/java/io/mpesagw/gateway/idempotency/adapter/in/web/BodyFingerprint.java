package io.mpesagw.gateway.idempotency.adapter.in.web;

import io.mpesagw.gateway.idempotency.domain.RequestFingerprint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fingerprints a request body by its meaning: JSON is parsed and written back with sorted keys and no
 * whitespace, so spacing and key order do not make a retry look like a new request; anything that is
 * not JSON is fingerprinted byte for byte.
 */
final class BodyFingerprint {

    // Decimals as BigDecimal: two different amounts must never round to one double and look equal.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private BodyFingerprint() {
    }

    static RequestFingerprint of(byte[] body) {
        byte[] canonical = canonicalJson(body);
        return new RequestFingerprint(sha256(canonical == null ? concat("raw:", body) : concat("json:", canonical)));
    }

    /** The canonical JSON of the body, or null if it is not one JSON value. */
    private static byte[] canonicalJson(byte[] body) {
        try {
            JsonNode tree = JSON.readTree(body);
            return tree == null || tree.isMissingNode() ? null : JSON.writeValueAsBytes(sorted(tree));
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> properties = new TreeMap<>();
            node.properties().forEach(property -> properties.put(property.getKey(), property.getValue()));
            ObjectNode copy = JSON.createObjectNode();
            properties.forEach((name, value) -> copy.set(name, sorted(value)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static byte[] concat(String kind, byte[] bytes) {
        byte[] prefix = kind.getBytes(StandardCharsets.US_ASCII);
        byte[] joined = new byte[prefix.length + bytes.length];
        System.arraycopy(prefix, 0, joined, 0, prefix.length);
        System.arraycopy(bytes, 0, joined, prefix.length, bytes.length);
        return joined;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
