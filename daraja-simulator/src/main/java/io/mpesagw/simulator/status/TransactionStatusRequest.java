package io.mpesagw.simulator.status;

import io.mpesagw.simulator.daraja.DarajaRejection;
import io.mpesagw.simulator.daraja.RequestFields;
import io.mpesagw.simulator.initiator.InitiatorFields;
import java.net.URI;
import java.util.Set;

/**
 * A valid Transaction Status query. It names the transaction by receipt ({@code TransactionID}) or,
 * for a B2C, by the caller's {@code OriginalConversationID}; at least one is required.
 *
 * @param transactionId "" when the query goes by OriginalConversationID
 * @param originalConversationId "" when absent
 * @param occasion "" when absent
 */
record TransactionStatusRequest(
        String initiator,
        String securityCredential,
        String transactionId,
        String originalConversationId,
        String partyA,
        URI resultUrl,
        URI queueTimeOutUrl,
        String remarks,
        String occasion) {

    private static final Set<String> IDENTIFIER_TYPES = Set.of("1", "2", "4");
    private static final int MAX_TRANSACTION_ID = 64;
    private static final int MAX_CONVERSATION_ID = 100;

    /** Fields are checked in the docs' order; the first invalid one is reported. */
    static TransactionStatusRequest from(RequestFields fields) {
        String initiator = InitiatorFields.initiator(fields, "Initiator");
        String credential = InitiatorFields.securityCredential(fields);
        fields.oneOf("CommandID", Set.of("TransactionStatusQuery"));
        String transactionId = fields.optionalText("TransactionID", MAX_TRANSACTION_ID).strip();
        String originalConversationId = fields.optionalText("OriginalConversationID", MAX_CONVERSATION_ID).strip();
        if (transactionId.isEmpty() && originalConversationId.isEmpty()) {
            throw DarajaRejection.invalidField("TransactionID");
        }
        String partyA = fields.matching("PartyA", InitiatorFields.PARTY);
        fields.oneOf("IdentifierType", IDENTIFIER_TYPES);
        return new TransactionStatusRequest(initiator, credential, transactionId, originalConversationId, partyA,
                fields.absoluteHttpUrl("ResultURL"),
                fields.absoluteHttpUrl("QueueTimeOutURL"),
                InitiatorFields.remarks(fields),
                InitiatorFields.occasion(fields, "Occasion"));
    }
}
