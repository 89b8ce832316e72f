package io.mpesagw.daraja.status;

import io.mpesagw.daraja.http.Fields;
import io.mpesagw.daraja.initiator.IdentifierType;

/**
 * Asks what became of a transaction, by M-Pesa receipt ({@code transactionId}) or by the
 * OriginatorConversationID of a B2C ({@code originalConversationId}); at least one is required.
 * {@code partyA} is the organisation's shortcode/till, or an MSISDN with {@link IdentifierType#MSISDN}.
 */
public record TransactionStatusRequest(String transactionId, String originalConversationId, String partyA,
        IdentifierType identifierType, String resultUrl, String queueTimeoutUrl, String remarks, String occasion) {

    public TransactionStatusRequest {
        if (isBlank(transactionId) && isBlank(originalConversationId)) {
            throw new IllegalArgumentException("a transaction status query needs the transactionId (receipt) "
                    + "or the originalConversationId");
        }
        if (identifierType == null) {
            throw new IllegalArgumentException("identifierType is required (SHORT_CODE for a shortcode)");
        }
        if (identifierType == IdentifierType.MSISDN) {
            Fields.msisdn(partyA, "partyA");
        } else {
            Fields.shortCode(partyA, "partyA");
        }
        Fields.callbackUrl(resultUrl, "resultUrl");
        Fields.callbackUrl(queueTimeoutUrl, "queueTimeoutUrl");
        Fields.remarks(remarks, "remarks");
        Fields.occasion(occasion, "occasion");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "TransactionStatusRequest[transactionId=" + transactionId + ", originalConversationId="
                + originalConversationId + ", partyA=" + (identifierType == IdentifierType.MSISDN
                ? Fields.maskedMsisdn(partyA) : partyA) + ", identifierType=" + identifierType
                + ", resultUrl=" + Fields.maskedUrl(resultUrl) + ", queueTimeoutUrl=" + Fields.maskedUrl(queueTimeoutUrl)
                + ", remarks=" + remarks + ", occasion=" + occasion + "]";
    }
}
