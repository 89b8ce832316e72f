package io.mpesagw.daraja.b2c;

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

/**
 * Business to customer payouts (fact sheet 6.1). Never resend on Unclear: a payout may have gone
 * out; ask Transaction Status by OriginatorConversationID first.
 */
public final class B2cClient {

    static final String V3_PATH = "/mpesa/b2c/v3/paymentrequest";
    static final String V1_PATH = "/mpesa/b2c/v1/paymentrequest";

    private final DarajaExchange exchange;
    private final InitiatorCredentials initiator;

    public B2cClient(DarajaEndpoint endpoint, HttpClient http, InitiatorCredentials initiator) {
        this.exchange = new DarajaExchange(endpoint, http);
        this.initiator = initiator;
    }

    /** POST /mpesa/b2c/v3/paymentrequest: sends our OriginatorConversationID and "Occassion" (sic, v3 docs). */
    public DarajaOutcome<InitiatorAccepted> payV3(String accessToken, B2cPaymentRequest request) {
        ObjectNode body = LenientJson.MAPPER.createObjectNode()
                .put("OriginatorConversationID", request.originatorConversationId());
        Redaction redaction = fill(body, accessToken, request, "Occassion");
        return exchange.post(V3_PATH, accessToken, body, Operation.SUBMIT, redaction,
                json -> InitiatorAnswer.read(json, request.originatorConversationId()));
    }

    /** POST /mpesa/b2c/v1/paymentrequest (legacy): M-Pesa generates the OriginatorConversationID; "Occasion". */
    public DarajaOutcome<InitiatorAccepted> payV1(String accessToken, B2cPaymentRequest request) {
        ObjectNode body = LenientJson.MAPPER.createObjectNode();
        Redaction redaction = fill(body, accessToken, request, "Occasion");
        return exchange.post(V1_PATH, accessToken, body, Operation.SUBMIT, redaction,
                json -> InitiatorAnswer.read(json, null));
    }

    private Redaction fill(ObjectNode body, String accessToken, B2cPaymentRequest request, String occasionField) {
        Redaction redaction = InitiatorRequests.signIn(body, "InitiatorName", initiator, accessToken);
        body.put("CommandID", request.command().darajaName())
                .put("Amount", request.amount())
                .put("PartyA", request.partyA())
                .put("PartyB", request.partyB())
                .put("Remarks", request.remarks())
                .put("QueueTimeOutURL", request.queueTimeoutUrl())
                .put("ResultURL", request.resultUrl());
        if (request.occasion() != null) {
            body.put(occasionField, request.occasion());
        }
        return redaction;
    }
}
