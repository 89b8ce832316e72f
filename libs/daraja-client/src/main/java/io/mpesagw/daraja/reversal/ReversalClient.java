package io.mpesagw.daraja.reversal;

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

/** Transaction Reversal (fact sheet 7.3); the result arrives at ResultURL. Moves money: no blind resend. */
public final class ReversalClient {

    static final String PATH = "/mpesa/reversal/v1/request";

    private final DarajaExchange exchange;
    private final InitiatorCredentials initiator;

    public ReversalClient(DarajaEndpoint endpoint, HttpClient http, InitiatorCredentials initiator) {
        this.exchange = new DarajaExchange(endpoint, http);
        this.initiator = initiator;
    }

    /** Sends "RecieverIdentifierType", misspelt exactly as Daraja expects it. */
    public DarajaOutcome<InitiatorAccepted> reverse(String accessToken, ReversalRequest request) {
        ObjectNode body = LenientJson.MAPPER.createObjectNode();
        Redaction redaction = InitiatorRequests.signIn(body, "Initiator", initiator, accessToken);
        body.put("CommandID", "TransactionReversal")
                .put("TransactionID", request.transactionId())
                .put("Amount", request.amount())
                .put("ReceiverParty", request.receiverParty())
                .put("RecieverIdentifierType", request.receiverIdentifierType().code())
                .put("ResultURL", request.resultUrl())
                .put("QueueTimeOutURL", request.queueTimeoutUrl())
                .put("Remarks", request.remarks());
        if (request.occasion() != null) {
            body.put("Occasion", request.occasion());
        }
        return exchange.post(PATH, accessToken, body, Operation.SUBMIT, redaction, json -> InitiatorAnswer.read(json, null));
    }
}
