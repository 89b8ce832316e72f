package io.mpesagw.daraja.status;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.http.DarajaExchange;
import io.mpesagw.daraja.http.LenientJson;
import io.mpesagw.daraja.http.Operation;
import io.mpesagw.daraja.http.Redaction;
import io.mpesagw.daraja.initiator.InitiatorAccepted;
import io.mpesagw.daraja.initiator.InitiatorAnswer;
import io.mpesagw.daraja.initiator.InitiatorRequests;
import io.mpesagw.daraja.security.InitiatorCredentials;
import java.net.http.HttpClient;
import tools.jackson.databind.node.ObjectNode;

/** Transaction Status query (fact sheet 7.1); the answer arrives at ResultURL. Safe to repeat. */
public final class TransactionStatusClient {

    static final String PATH = "/mpesa/transactionstatus/v1/query";

    private final DarajaExchange exchange;
    private final InitiatorCredentials initiator;

    public TransactionStatusClient(DarajaEndpoint endpoint, HttpClient http, InitiatorCredentials initiator) {
        this.exchange = new DarajaExchange(endpoint, http);
        this.initiator = initiator;
    }

    /** Field names are "CommandID"/"TransactionID": the docs sample's "Command ID" with a space is a typo. */
    public DarajaOutcome<InitiatorAccepted> query(String accessToken, TransactionStatusRequest request) {
        ObjectNode body = LenientJson.MAPPER.createObjectNode();
        Redaction redaction = InitiatorRequests.signIn(body, "Initiator", initiator, accessToken);
        body.put("CommandID", "TransactionStatusQuery");
        if (request.transactionId() != null && !request.transactionId().isBlank()) {
            body.put("TransactionID", request.transactionId());
        }
        if (request.originalConversationId() != null && !request.originalConversationId().isBlank()) {
            body.put("OriginalConversationID", request.originalConversationId());
        }
        body.put("PartyA", request.partyA())
                .put("IdentifierType", request.identifierType().code())
                .put("ResultURL", request.resultUrl())
                .put("QueueTimeOutURL", request.queueTimeoutUrl())
                .put("Remarks", request.remarks());
        if (request.occasion() != null) {
            body.put("Occasion", request.occasion());
        }
        return exchange.post(PATH, accessToken, body, Operation.QUERY, redaction, json -> InitiatorAnswer.read(json, null));
    }
}
