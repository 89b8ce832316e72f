package io.mpesagw.daraja.balance;

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

/** Account Balance query (fact sheet 7.2); the balances arrive at ResultURL. Safe to repeat. */
public final class AccountBalanceClient {

    static final String PATH = "/mpesa/accountbalance/v1/query";

    private final DarajaExchange exchange;
    private final InitiatorCredentials initiator;

    public AccountBalanceClient(DarajaEndpoint endpoint, HttpClient http, InitiatorCredentials initiator) {
        this.exchange = new DarajaExchange(endpoint, http);
        this.initiator = initiator;
    }

    public DarajaOutcome<InitiatorAccepted> query(String accessToken, AccountBalanceRequest request) {
        ObjectNode body = LenientJson.MAPPER.createObjectNode();
        Redaction redaction = InitiatorRequests.signIn(body, "Initiator", initiator, accessToken);
        body.put("CommandID", "AccountBalance")
                .put("PartyA", request.partyA())
                .put("IdentifierType", request.identifierType().code())
                .put("Remarks", request.remarks())
                .put("QueueTimeOutURL", request.queueTimeoutUrl())
                .put("ResultURL", request.resultUrl());
        return exchange.post(PATH, accessToken, body, Operation.QUERY, redaction, json -> InitiatorAnswer.read(json, null));
    }
}
