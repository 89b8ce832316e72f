package io.mpesagw.daraja.balance;

import io.mpesagw.daraja.http.Fields;
import io.mpesagw.daraja.initiator.IdentifierType;

/** Asks for the balances of an organisation's accounts; {@code identifierType} is SHORT_CODE ("4") normally. */
public record AccountBalanceRequest(String partyA, IdentifierType identifierType, String remarks,
        String queueTimeoutUrl, String resultUrl) {

    public AccountBalanceRequest {
        Fields.shortCode(partyA, "partyA");
        if (identifierType == null || identifierType == IdentifierType.MSISDN) {
            throw new IllegalArgumentException("identifierType must name an organisation (SHORT_CODE or TILL_NUMBER)");
        }
        Fields.remarks(remarks, "remarks");
        Fields.callbackUrl(queueTimeoutUrl, "queueTimeoutUrl");
        Fields.callbackUrl(resultUrl, "resultUrl");
    }

    @Override
    public String toString() {
        return "AccountBalanceRequest[partyA=" + partyA + ", identifierType=" + identifierType + ", remarks=" + remarks
                + ", queueTimeoutUrl=" + Fields.maskedUrl(queueTimeoutUrl) + ", resultUrl=" + Fields.maskedUrl(resultUrl) + "]";
    }
}
