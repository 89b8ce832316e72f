package io.mpesagw.token.adapter.in.web;

import io.mpesagw.kit.web.ApiException;
import io.mpesagw.kit.web.JsonBodyErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a request body that holds secrets as exactly what it says: an unknown field (a misspelt
 * {@code consumerSecert} would otherwise store a set without its secret) or a number where a string
 * belongs is refused, naming the field. The service's own mapper stays tolerant (service-kit
 * defaults), for the token API's callers.
 */
final class StrictJsonBody {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private StrictJsonBody() {
    }

    static <T> T read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalidRequest("body_invalid", "Send a JSON object with the documented fields.", null);
        }
        try {
            return STRICT.treeToValue(body, type);
        } catch (JacksonException e) {
            throw JsonBodyErrors.refusal(e); // the same answers as every other body in every service
        }
    }
}
