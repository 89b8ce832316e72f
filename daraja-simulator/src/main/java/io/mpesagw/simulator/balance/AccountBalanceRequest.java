package io.mpesagw.simulator.balance;

import io.mpesagw.simulator.daraja.RequestFields;
import io.mpesagw.simulator.initiator.InitiatorFields;
import java.net.URI;
import java.util.Set;

/** A valid Account Balance query (daraja-facts.md section 7.2). */
record AccountBalanceRequest(
        String initiator,
        String securityCredential,
        String partyA,
        String identifierType,
        String remarks,
        URI queueTimeOutUrl,
        URI resultUrl) {

    private static final Set<String> IDENTIFIER_TYPES = Set.of("1", "2", "4");

    /** Fields are checked in the docs' order; the first invalid one is reported. */
    static AccountBalanceRequest from(RequestFields fields) {
        String initiator = InitiatorFields.initiator(fields, "Initiator");
        String credential = InitiatorFields.securityCredential(fields);
        fields.oneOf("CommandID", Set.of("AccountBalance"));
        return new AccountBalanceRequest(initiator, credential,
                fields.matching("PartyA", InitiatorFields.PARTY),
                fields.oneOf("IdentifierType", IDENTIFIER_TYPES),
                InitiatorFields.remarks(fields),
                fields.absoluteHttpUrl("QueueTimeOutURL"),
                fields.absoluteHttpUrl("ResultURL"));
    }
}
