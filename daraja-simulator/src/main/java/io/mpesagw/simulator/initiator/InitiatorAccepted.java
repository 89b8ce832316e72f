package io.mpesagw.simulator.initiator;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The synchronous "accepted" answer of Transaction Status, Account Balance and Reversal (section 7). */
@JsonPropertyOrder({"OriginatorConversationID", "ConversationID", "ResponseCode", "ResponseDescription"})
public record InitiatorAccepted(
        @JsonProperty("OriginatorConversationID") String originatorConversationId,
        @JsonProperty("ConversationID") String conversationId,
        @JsonProperty("ResponseCode") String responseCode,
        @JsonProperty("ResponseDescription") String responseDescription) {

    /** Only "accepted": the outcome comes later in the Result. */
    public static final String ACCEPTED = "Accept the service request successfully.";

    public InitiatorAccepted(String originatorConversationId, String conversationId) {
        this(originatorConversationId, conversationId, "0", ACCEPTED);
    }
}
