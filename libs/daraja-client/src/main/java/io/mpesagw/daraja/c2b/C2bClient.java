package io.mpesagw.daraja.c2b;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.http.DarajaExchange;
import io.mpesagw.daraja.http.LenientJson;
import io.mpesagw.daraja.http.Operation;
import io.mpesagw.daraja.http.Redaction;
import io.mpesagw.daraja.http.ResponseCode;
import java.math.BigInteger;
import java.net.http.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** C2B Register URL and Simulate (fact sheet 7.4), v1 or v2. */
public final class C2bClient {

    private final DarajaEndpoint endpoint;
    private final DarajaExchange exchange;

    public C2bClient(DarajaEndpoint endpoint, HttpClient http) {
        this.endpoint = endpoint;
        this.exchange = new DarajaExchange(endpoint, http);
    }

    /** POST /mpesa/c2b/{v1|v2}/registerurl. */
    public DarajaOutcome<C2bAccepted> registerUrls(String accessToken, C2bRegistration registration,
            C2bApiVersion version) {
        ObjectNode body = LenientJson.MAPPER.createObjectNode()
                .put("ShortCode", registration.shortCode())
                .put("ResponseType", registration.responseType().darajaName())
                .put("ConfirmationURL", registration.confirmationUrl())
                .put("ValidationURL", registration.validationUrl());
        return exchange.post("/mpesa/c2b/" + version.segment() + "/registerurl", accessToken, body, Operation.SUBMIT,
                Redaction.of(accessToken), C2bClient::answer);
    }

    /** POST /mpesa/c2b/{v1|v2}/simulate. Refused locally against Safaricom's production host. */
    public DarajaOutcome<C2bAccepted> simulate(String accessToken, C2bSimulation simulation, C2bApiVersion version) {
        if (DarajaEndpoint.PRODUCTION.getHost().equalsIgnoreCase(endpoint.baseUrl().getHost())) {
            throw new IllegalStateException("C2B simulate exists only in the sandbox; this endpoint is production");
        }
        // Numbers, as in the docs sample; Daraja also takes numeric strings.
        ObjectNode body = LenientJson.MAPPER.createObjectNode()
                .put("ShortCode", new BigInteger(simulation.shortCode()))
                .put("CommandID", simulation.commandId().darajaName())
                .put("Amount", simulation.amount())
                .put("Msisdn", new BigInteger(simulation.msisdn()));
        if (simulation.billRefNumber() != null) {
            body.put("BillRefNumber", simulation.billRefNumber());
        }
        return exchange.post("/mpesa/c2b/" + version.segment() + "/simulate", accessToken, body, Operation.SUBMIT,
                Redaction.of(accessToken), C2bClient::answer);
    }

    /** Reads "OriginatorCoversationID" (Daraja's spelling, no "n") and the correct spelling alike. */
    private static DarajaOutcome<C2bAccepted> answer(JsonNode json) {
        String responseCode = LenientJson.textField(json, "ResponseCode");
        String description = LenientJson.textField(json, "ResponseDescription");
        if (responseCode == null) {
            return new DarajaOutcome.Unclear<>("a C2B answer without a ResponseCode: fields " + json.propertyNames());
        }
        if (!ResponseCode.accepted(responseCode)) {
            return new DarajaOutcome.Rejected<>(200, responseCode, description);
        }
        String originator = LenientJson.textField(json, "OriginatorCoversationID");
        if (originator == null) {
            originator = LenientJson.textField(json, "OriginatorConversationID");
        }
        return new DarajaOutcome.Accepted<>(new C2bAccepted(originator, responseCode, description));
    }
}
