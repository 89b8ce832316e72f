package io.mpesagw.simulator.initiator;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Serialises an {@link InitiatorResult} in Daraja's key order and JSON types (daraja-facts.md, 6.3 and 7). */
@Component
class ResultBody {

    private final JsonMapper jsonMapper;

    ResultBody(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    byte[] of(InitiatorResult result) {
        ObjectNode root = jsonMapper.createObjectNode();
        ObjectNode body = root.putObject("Result");
        body.put("ResultType", 0);
        if (result.resultCode().chars().allMatch(Character::isDigit)) {
            body.put("ResultCode", Long.parseLong(result.resultCode()));
        } else {
            body.put("ResultCode", result.resultCode());
        }
        body.put("ResultDesc", result.resultDesc());
        body.put("OriginatorConversationID", result.originatorConversationId());
        body.put("ConversationID", result.conversationId());
        body.put("TransactionID", result.transactionId());
        if (!result.parameters().isEmpty()) {
            ObjectNode parameters = body.putObject("ResultParameters");
            if (result.shape() == InitiatorResult.Shape.SINGLE_OBJECT) {
                put(parameters.putObject("ResultParameter"), result.parameters().getFirst());
            } else {
                ArrayNode list = parameters.putArray("ResultParameter");
                result.parameters().forEach(parameter -> put(list.addObject(), parameter));
            }
        }
        put(body.putObject("ReferenceData").putObject("ReferenceItem"), result.referenceItem());
        return jsonMapper.writeValueAsBytes(root);
    }

    private static void put(ObjectNode item, ResultParameter parameter) {
        item.put("Key", parameter.key());
        switch (parameter.value()) {
            case null -> { }
            case String text -> item.put("Value", text);
            case Long number -> item.put("Value", number.longValue());
            case BigDecimal decimal -> item.put("Value", decimal);
            default -> throw new IllegalStateException("unexpected value type " + parameter.value().getClass());
        }
    }
}
