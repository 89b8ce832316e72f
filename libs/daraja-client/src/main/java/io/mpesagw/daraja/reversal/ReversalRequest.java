package io.mpesagw.daraja.reversal;

import io.mpesagw.daraja.http.Fields;
import io.mpesagw.daraja.initiator.IdentifierType;

/**
 * Reverses a customer payment by its M-Pesa receipt ({@code transactionId}). {@code receiverParty} is
 * the organisation's shortcode, identified as ORGANISATION_SHORT_CODE ("11", current docs; older
 * samples use SHORT_CODE "4"). B2C payouts cannot be reversed through the API.
 */
public record ReversalRequest(String transactionId, long amount, String receiverParty,
        IdentifierType receiverIdentifierType, String resultUrl, String queueTimeoutUrl, String remarks,
        String occasion) {

    public ReversalRequest {
        Fields.required(transactionId, "transactionId");
        if (amount < 1) {
            throw new IllegalArgumentException("a reversal amount must be at least 1 whole shilling, got " + amount);
        }
        Fields.shortCode(receiverParty, "receiverParty");
        if (receiverIdentifierType == null || receiverIdentifierType == IdentifierType.MSISDN) {
            throw new IllegalArgumentException("receiverIdentifierType must name an organisation (ORGANISATION_SHORT_CODE)");
        }
        Fields.callbackUrl(resultUrl, "resultUrl");
        Fields.callbackUrl(queueTimeoutUrl, "queueTimeoutUrl");
        Fields.remarks(remarks, "remarks");
        Fields.occasion(occasion, "occasion");
    }

    @Override
    public String toString() {
        return "ReversalRequest[transactionId=" + transactionId + ", amount=" + amount + ", receiverParty="
                + receiverParty + ", receiverIdentifierType=" + receiverIdentifierType + ", resultUrl="
                + Fields.maskedUrl(resultUrl) + ", queueTimeoutUrl=" + Fields.maskedUrl(queueTimeoutUrl)
                + ", remarks=" + remarks + ", occasion=" + occasion + "]";
    }
}
