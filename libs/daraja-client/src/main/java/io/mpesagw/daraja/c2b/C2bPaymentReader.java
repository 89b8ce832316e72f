package io.mpesagw.daraja.c2b;

import io.mpesagw.daraja.callback.MalformedCallbackException;
import io.mpesagw.daraja.http.LenientJson;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** Reads C2B validation and confirmation bodies (fact sheet 7.4): all values strings, blanks as null. */
public final class C2bPaymentReader {

    /** The acknowledgement a confirmation expects. */
    public static final String CONFIRMATION_ACK = "{\"ResultCode\":0,\"ResultDesc\":\"Success\"}";

    private C2bPaymentReader() {
    }

    public static C2bPayment read(String body) throws MalformedCallbackException {
        JsonNode json = LenientJson.object(body).orElseThrow(() -> new MalformedCallbackException(
                "the C2B body is empty or not a JSON object; expected {\"TransID\":...,\"TransAmount\":...}"));
        String transId = LenientJson.textField(json, "TransID");
        if (transId == null) {
            throw new MalformedCallbackException("TransID is missing or empty in the C2B body");
        }
        BigDecimal amount = decimal(json, "TransAmount");
        if (amount == null) {
            throw new MalformedCallbackException("TransAmount is missing or empty in the C2B body");
        }
        return new C2bPayment(text(json, "TransactionType"), transId, text(json, "TransTime"), amount,
                text(json, "BusinessShortCode"), text(json, "BillRefNumber"), text(json, "InvoiceNumber"),
                decimal(json, "OrgAccountBalance"), text(json, "ThirdPartyTransID"), text(json, "MSISDN"),
                text(json, "FirstName"), text(json, "MiddleName"), text(json, "LastName"));
    }

    private static String text(JsonNode json, String name) {
        return LenientJson.textField(json, name);
    }

    private static BigDecimal decimal(JsonNode json, String name) throws MalformedCallbackException {
        JsonNode node = LenientJson.field(json, name);
        String text = LenientJson.text(node);
        if (text == null) {
            return null;
        }
        try {
            return node.isNumber() ? node.decimalValue() : new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new MalformedCallbackException(name + " is not a number in the C2B body: '" + text + "'", e);
        }
    }
}
