package io.mpesagw.daraja.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Daraja JSON the way Daraja actually sends it: codes as numbers or strings, decimals kept
 * exact, unknown fields ignored. Internal to this library.
 */
public final class LenientJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private LenientJson() {
    }

    /** The body as a JSON object, or empty when it is blank, not JSON, or not an object. */
    public static Optional<JsonNode> object(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * A scalar as text: {@code 0} and {@code "0"} both give "0"; 254708374149 stays all digits.
     * Null for a missing, null or structured value; blank strings count as missing.
     */
    public static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            BigDecimal decimal = node.decimalValue().stripTrailingZeros();
            return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
        }
        String text = node.asString().trim();
        return text.isEmpty() ? null : text;
    }

    /** A field of an object, matched exactly first and then ignoring case. */
    public static JsonNode field(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    public static String textField(JsonNode object, String name) {
        return text(field(object, name));
    }

    /** An array's elements, or a single object as a one-element list (Daraja sends both). */
    public static List<JsonNode> elements(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isArray()) {
            return List.copyOf(node.values());
        }
        return node.isObject() ? List.of(node) : List.of();
    }
}
