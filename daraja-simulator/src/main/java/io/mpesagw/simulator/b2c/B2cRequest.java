package io.mpesagw.simulator.b2c;

import io.mpesagw.simulator.daraja.RequestFields;
import io.mpesagw.simulator.initiator.InitiatorFields;
import java.net.URI;
import java.util.Set;

/**
 * A valid B2C payment request; {@link #from} rejects the first bad field in the docs' field order.
 *
 * @param originatorConversationId the caller's id (v3); null on v1
 * @param occasion "" when absent; v3 docs spell it {@code Occassion}, v1 samples {@code Occasion}:
 *     both are read
 */
public record B2cRequest(
        String originatorConversationId,
        String initiatorName,
        String securityCredential,
        String commandId,
        long amount,
        String partyA,
        String partyB,
        String remarks,
        URI queueTimeOutUrl,
        URI resultUrl,
        String occasion) {

    static final Set<String> COMMAND_IDS = Set.of("BusinessPayment", "SalaryPayment", "PromotionPayment");
    /** Daraja FAQ: B2C minimum KES 10. */
    static final long MIN_AMOUNT = 10;
    private static final int MAX_ORIGINATOR_CONVERSATION_ID = 100;

    /** Arguments are evaluated left to right, so the first invalid field in this order is reported. */
    static B2cRequest from(RequestFields fields, B2cVersion version) {
        return new B2cRequest(
                version == B2cVersion.V3
                        ? fields.text("OriginatorConversationID", MAX_ORIGINATOR_CONVERSATION_ID) : null,
                InitiatorFields.initiator(fields, "InitiatorName"),
                InitiatorFields.securityCredential(fields),
                fields.oneOf("CommandID", COMMAND_IDS),
                fields.wholeAmount("Amount", MIN_AMOUNT, InitiatorFields.MAX_AMOUNT),
                fields.matching("PartyA", InitiatorFields.SHORTCODE),
                fields.matching("PartyB", InitiatorFields.MSISDN),
                InitiatorFields.remarks(fields),
                fields.absoluteHttpUrl("QueueTimeOutURL"),
                fields.absoluteHttpUrl("ResultURL"),
                occasion(fields));
    }

    private static String occasion(RequestFields fields) {
        String doubleS = InitiatorFields.occasion(fields, "Occassion");
        String singleS = InitiatorFields.occasion(fields, "Occasion");
        return doubleS.isEmpty() ? singleS : doubleS;
    }
}
