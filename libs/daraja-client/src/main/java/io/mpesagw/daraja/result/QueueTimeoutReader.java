package io.mpesagw.daraja.result;

import io.mpesagw.daraja.http.LenientJson;
import tools.jackson.databind.JsonNode;

/** Reads whatever reaches QueueTimeOutURL; never throws, because the URL alone says what happened. */
public final class QueueTimeoutReader {

    private QueueTimeoutReader() {
    }

    /** Ids from {"Result":{...}} when present, else from the top level, else null. */
    public static QueueTimeout read(String body) {
        JsonNode root = LenientJson.object(body).orElse(null);
        JsonNode result = LenientJson.field(root, "Result");
        JsonNode source = result != null && result.isObject() ? result : root;
        return new QueueTimeout(LenientJson.textField(source, "OriginatorConversationID"),
                LenientJson.textField(source, "ConversationID"), LenientJson.textField(source, "ResultCode"),
                LenientJson.textField(source, "ResultDesc"));
    }
}
