package io.mpesagw.daraja.result;

import io.mpesagw.daraja.callback.MalformedCallbackException;
import io.mpesagw.daraja.http.LenientJson;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A {@code [{Key|Name, Value}]} list (ResultParameter, ReferenceItem, CallbackMetadata.Item): looked
 * up by name, never by position (the order differs between sandbox, production and docs); a single
 * object counts as a list of one; an item may lack its Value.
 */
public record ResultItems(List<JsonNode> items) {

    public static final ResultItems NONE = new ResultItems(List.of());

    /** {@code node} is the array, the single object, or null. */
    public static ResultItems of(JsonNode node) {
        return new ResultItems(LenientJson.elements(node));
    }

    public boolean has(String name) {
        return item(name) != null;
    }

    /** The Value of the named item, or null when the item or its Value is absent. */
    public JsonNode value(String name) {
        return LenientJson.field(item(name), "Value");
    }

    /** The Value as text (numbers become their digits), or null. */
    public String text(String name) {
        return LenientJson.text(value(name));
    }

    /** The Value as an exact decimal, or null when absent; a non-numeric Value is malformed. */
    public BigDecimal decimal(String name) throws MalformedCallbackException {
        JsonNode node = value(name);
        String text = LenientJson.text(node);
        if (text == null) {
            return null;
        }
        try {
            return node.isNumber() ? node.decimalValue() : new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new MalformedCallbackException(name + " is not a number: '" + text + "'", e);
        }
    }

    /** Every item as name to text value (null when it has no Value), in the order received. */
    public Map<String, String> asText() {
        Map<String, String> map = new LinkedHashMap<>();
        for (JsonNode item : items) {
            String name = name(item);
            if (name != null) {
                map.put(name, LenientJson.textField(item, "Value"));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private JsonNode item(String name) {
        for (JsonNode item : items) {
            if (name.equalsIgnoreCase(name(item))) {
                return item;
            }
        }
        return null;
    }

    private static String name(JsonNode item) {
        String key = LenientJson.textField(item, "Key");
        return key != null ? key : LenientJson.textField(item, "Name");
    }
}
