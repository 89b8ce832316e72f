package io.mpesagw.daraja.initiator;

import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.http.LenientJson;
import io.mpesagw.daraja.http.ResponseCode;
import tools.jackson.databind.JsonNode;

/** Reads the sync 2xx answer shared by the initiator APIs (fact sheet section 7, first paragraph). */
public final class InitiatorAnswer {

    private InitiatorAnswer() {
    }

    /**
     * {@code sentOriginatorConversationId} is ours (B2C v3) or null (M-Pesa generates one). An accepted
     * answer with no id at all cannot be correlated with its Result, so it is Unclear.
     */
    public static DarajaOutcome<InitiatorAccepted> read(JsonNode json, String sentOriginatorConversationId) {
        String responseCode = LenientJson.textField(json, "ResponseCode");
        String description = LenientJson.textField(json, "ResponseDescription");
        if (responseCode == null) {
            return new DarajaOutcome.Unclear<>("an answer without a ResponseCode: fields " + json.propertyNames());
        }
        if (!ResponseCode.accepted(responseCode)) {
            return new DarajaOutcome.Rejected<>(200, responseCode, description);
        }
        String originator = LenientJson.textField(json, "OriginatorConversationID");
        String conversation = LenientJson.textField(json, "ConversationID");
        if (originator == null && conversation == null && sentOriginatorConversationId == null) {
            return new DarajaOutcome.Unclear<>("accepted without a ConversationID or OriginatorConversationID");
        }
        return new DarajaOutcome.Accepted<>(new InitiatorAccepted(
                originator == null ? sentOriginatorConversationId : originator, conversation, responseCode, description));
    }
}
