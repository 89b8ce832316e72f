package io.mpesagw.daraja.stk;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.DarajaOutcome;
import io.mpesagw.daraja.http.DarajaExchange;
import io.mpesagw.daraja.http.LenientJson;
import io.mpesagw.daraja.http.Operation;
import io.mpesagw.daraja.http.Redaction;
import io.mpesagw.daraja.http.ResponseCode;
import java.net.http.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** M-Pesa Express: STK push and STK push query (fact sheet sections 3 and 4). */
public final class StkClient {

    static final String PUSH_PATH = "/mpesa/stkpush/v1/processrequest";
    static final String QUERY_PATH = "/mpesa/stkpushquery/v1/query";

    private final DarajaExchange exchange;

    public StkClient(DarajaEndpoint endpoint, HttpClient http) {
        this.exchange = new DarajaExchange(endpoint, http);
    }

    /** POST /mpesa/stkpush/v1/processrequest. Sends Password = StkPassword.of(...). */
    public DarajaOutcome<StkPushAccepted> push(String accessToken, StkPushRequest request) {
        String password = StkPassword.of(request.businessShortCode(), request.passkey(), request.timestamp());
        ObjectNode body = LenientJson.MAPPER.createObjectNode()
                .put("BusinessShortCode", request.businessShortCode())
                .put("Password", password)
                .put("Timestamp", request.timestamp())
                .put("TransactionType", request.transactionType().darajaName())
                .put("Amount", request.amount())
                .put("PartyA", request.phoneNumber())
                .put("PartyB", request.partyB())
                .put("PhoneNumber", request.phoneNumber())
                .put("CallBackURL", request.callbackUrl())
                .put("AccountReference", request.accountReference());
        if (request.transactionDesc() != null) {
            body.put("TransactionDesc", request.transactionDesc());
        }
        Redaction redaction = Redaction.of(accessToken, request.passkey(), password);
        return exchange.post(PUSH_PATH, accessToken, body, Operation.SUBMIT, redaction, StkClient::pushAnswer);
    }

    /**
     * POST /mpesa/stkpushquery/v1/query. ResultCode comes back as text ("1032"); a push the customer has
     * not settled yet answers HTTP 500 "The transaction is being processed", read as StillProcessing.
     */
    public DarajaOutcome<StkQueryResult> query(String accessToken, String businessShortCode, String passkey,
            String timestamp, String checkoutRequestId) {
        if (checkoutRequestId == null || checkoutRequestId.isBlank()) {
            throw new IllegalArgumentException("checkoutRequestId is required for an STK query");
        }
        String password = StkPassword.of(businessShortCode, passkey, timestamp);
        ObjectNode body = LenientJson.MAPPER.createObjectNode()
                .put("BusinessShortCode", businessShortCode)
                .put("Password", password)
                .put("Timestamp", timestamp)
                .put("CheckoutRequestID", checkoutRequestId);
        Redaction redaction = Redaction.of(accessToken, passkey, password);
        return exchange.post(QUERY_PATH, accessToken, body, Operation.QUERY, redaction, StkClient::queryAnswer);
    }

    private static DarajaOutcome<StkPushAccepted> pushAnswer(JsonNode json) {
        String responseCode = LenientJson.textField(json, "ResponseCode");
        String description = LenientJson.textField(json, "ResponseDescription");
        if (responseCode == null) {
            return new DarajaOutcome.Unclear<>("STK push answer without a ResponseCode");
        }
        if (!ResponseCode.accepted(responseCode)) {
            return new DarajaOutcome.Rejected<>(200, responseCode, description);
        }
        String checkoutRequestId = LenientJson.textField(json, "CheckoutRequestID");
        if (checkoutRequestId == null) {
            // Accepted, but without the id we cannot correlate the callback: the caller must settle it.
            return new DarajaOutcome.Unclear<>("STK push accepted without a CheckoutRequestID");
        }
        return new DarajaOutcome.Accepted<>(new StkPushAccepted(LenientJson.textField(json, "MerchantRequestID"),
                checkoutRequestId, responseCode, description, LenientJson.textField(json, "CustomerMessage")));
    }

    private static DarajaOutcome<StkQueryResult> queryAnswer(JsonNode json) {
        String responseCode = LenientJson.textField(json, "ResponseCode");
        if (responseCode != null && !ResponseCode.accepted(responseCode)) {
            return new DarajaOutcome.Rejected<>(200, responseCode, LenientJson.textField(json, "ResponseDescription"));
        }
        String resultCode = LenientJson.textField(json, "ResultCode");
        if (resultCode == null) {
            return new DarajaOutcome.Unclear<>("STK query answer without a ResultCode");
        }
        return new DarajaOutcome.Accepted<>(new StkQueryResult(LenientJson.textField(json, "MerchantRequestID"),
                LenientJson.textField(json, "CheckoutRequestID"), resultCode, LenientJson.textField(json, "ResultDesc")));
    }
}
