package io.mpesagw.daraja.callback;

import io.mpesagw.daraja.http.LenientJson;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code CallbackMetadata.Item}: looked up by Name, never by position, because the order varies. */
record CallbackItems(List<JsonNode> items) {

    /** The Value of the named item, or null when the item or its Value is absent. */
    JsonNode value(String name) {
        for (JsonNode item : items) {
            String itemName = LenientJson.textField(item, "Name");
            if (itemName == null) {
                itemName = LenientJson.textField(item, "Key");
            }
            if (name.equalsIgnoreCase(itemName)) {
                return LenientJson.field(item, "Value");
            }
        }
        return null;
    }
}
