package io.mpesagw.simulator.reversal;

import io.mpesagw.simulator.daraja.RequestFields;
import io.mpesagw.simulator.initiator.InitiatorFields;
import java.net.URI;
import java.util.Set;

/**
 * A valid Reversal request (daraja-facts.md section 7.3). Note Daraja's own misspelling
 * {@code RecieverIdentifierType}: the correctly spelt field is not read at all.
 *
 * @param occasion "" when absent
 */
record ReversalRequest(
        String initiator,
        String securityCredential,
        String transactionId,
        long amount,
        String receiverParty,
        URI resultUrl,
        URI queueTimeOutUrl,
        String remarks,
        String occasion) {

    /** "11" in today's docs, "4" in older samples. */
    private static final Set<String> RECEIVER_IDENTIFIER_TYPES = Set.of("11", "4");
    private static final int MAX_TRANSACTION_ID = 64;

    /** Fields are checked in the docs' order; the first invalid one is reported. */
    static ReversalRequest from(RequestFields fields) {
        String initiator = InitiatorFields.initiator(fields, "Initiator");
        String credential = InitiatorFields.securityCredential(fields);
        fields.oneOf("CommandID", Set.of("TransactionReversal"));
        String transactionId = fields.text("TransactionID", MAX_TRANSACTION_ID).strip();
        long amount = fields.wholeAmount("Amount", 1, InitiatorFields.MAX_AMOUNT);
        String receiverParty = fields.matching("ReceiverParty", InitiatorFields.SHORTCODE);
        fields.oneOf("RecieverIdentifierType", RECEIVER_IDENTIFIER_TYPES);
        return new ReversalRequest(initiator, credential, transactionId, amount, receiverParty,
                fields.absoluteHttpUrl("ResultURL"),
                fields.absoluteHttpUrl("QueueTimeOutURL"),
                InitiatorFields.remarks(fields),
                InitiatorFields.occasion(fields, "Occasion"));
    }
}
