package io.mpesagw.daraja.callback;

import io.mpesagw.daraja.http.LenientJson;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * Lenient reader of the STK callback body (fact sheet section 5): codes as number or string,
 * Item list by Name (never by index), Item may be a single object, Value may be absent,
 * Amount as BigDecimal, PhoneNumber/TransactionDate as strings of digits.
 */
public final class StkCallbackReader {

    private StkCallbackReader() {
    }

    /**
     * @throws MalformedCallbackException (message says what is missing) for empty/non-JSON bodies or a
     *     body without Body.stkCallback.CheckoutRequestID / ResultCode.
     */
    public static StkCallback read(String body) throws MalformedCallbackException {
        if (body == null || body.isBlank()) {
            throw new MalformedCallbackException("the callback body is empty; expected {\"Body\":{\"stkCallback\":{...}}}");
        }
        JsonNode root = LenientJson.object(body).orElseThrow(() -> new MalformedCallbackException(
                "the callback body is not a JSON object; expected {\"Body\":{\"stkCallback\":{...}}}"));
        JsonNode callback = LenientJson.field(LenientJson.field(root, "Body"), "stkCallback");
        if (callback == null || !callback.isObject()) {
            throw new MalformedCallbackException("Body.stkCallback is missing or not an object");
        }
        String checkoutRequestId = require(callback, "CheckoutRequestID");
        String resultCode = require(callback, "ResultCode");
        JsonNode items = LenientJson.field(LenientJson.field(callback, "CallbackMetadata"), "Item");
        CallbackItems metadata = new CallbackItems(LenientJson.elements(items));
        return new StkCallback(
                LenientJson.textField(callback, "MerchantRequestID"),
                checkoutRequestId,
                resultCode,
                LenientJson.textField(callback, "ResultDesc"),
                amount(metadata.value("Amount")),
                LenientJson.text(metadata.value("MpesaReceiptNumber")),
                LenientJson.text(metadata.value("PhoneNumber")),
                LenientJson.text(metadata.value("TransactionDate")));
    }

    private static String require(JsonNode callback, String name) throws MalformedCallbackException {
        String value = LenientJson.textField(callback, name);
        if (value == null) {
            throw new MalformedCallbackException("Body.stkCallback." + name + " is missing or empty");
        }
        return value;
    }

    private static BigDecimal amount(JsonNode node) throws MalformedCallbackException {
        String text = LenientJson.text(node);
        if (text == null) {
            return null;
        }
        try {
            return node.isNumber() ? node.decimalValue() : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new MalformedCallbackException("CallbackMetadata Amount is not a number: '" + text + "'", e);
        }
    }
}
