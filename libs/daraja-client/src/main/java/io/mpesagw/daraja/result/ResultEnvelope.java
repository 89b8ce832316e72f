package io.mpesagw.daraja.result;

import io.mpesagw.daraja.callback.MalformedCallbackException;
import io.mpesagw.daraja.http.LenientJson;
import tools.jackson.databind.JsonNode;

/** A parsed {@code {"Result":{...}}} POSTed to a ResultURL: its header and its ResultParameters. */
public record ResultEnvelope(ResultHeader header, ResultItems parameters) {

    /**
     * @param what names the API in error messages, e.g. "B2C result"
     * @throws MalformedCallbackException when there is no Result object, no ResultCode, or no id to
     *     correlate it by (neither OriginatorConversationID nor ConversationID)
     */
    public static ResultEnvelope read(String body, String what) throws MalformedCallbackException {
        JsonNode root = LenientJson.object(body).orElseThrow(() -> new MalformedCallbackException(
                "the " + what + " body is empty or not a JSON object; expected {\"Result\":{...}}"));
        JsonNode result = LenientJson.field(root, "Result");
        if (result == null || !result.isObject()) {
            throw new MalformedCallbackException("the " + what + " has no Result object");
        }
        String resultCode = LenientJson.textField(result, "ResultCode");
        if (resultCode == null) {
            throw new MalformedCallbackException("Result.ResultCode is missing or empty in the " + what);
        }
        String originator = LenientJson.textField(result, "OriginatorConversationID");
        String conversation = LenientJson.textField(result, "ConversationID");
        if (originator == null && conversation == null) {
            throw new MalformedCallbackException("the " + what
                    + " has neither OriginatorConversationID nor ConversationID to correlate it by");
        }
        JsonNode reference = LenientJson.field(LenientJson.field(result, "ReferenceData"), "ReferenceItem");
        ResultHeader header = new ResultHeader(LenientJson.textField(result, "ResultType"), resultCode,
                LenientJson.textField(result, "ResultDesc"), originator, conversation,
                LenientJson.textField(result, "TransactionID"), ResultItems.of(reference).asText());
        JsonNode parameters = LenientJson.field(LenientJson.field(result, "ResultParameters"), "ResultParameter");
        return new ResultEnvelope(header, ResultItems.of(parameters));
    }
}
