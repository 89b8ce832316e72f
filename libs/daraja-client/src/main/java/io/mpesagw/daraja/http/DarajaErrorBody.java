package io.mpesagw.daraja.http;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The error part of a Daraja answer: the {@code {requestId,errorCode,errorMessage}} envelope, the
 * older {@code {resultCode,resultDesc}} OAuth variant, an Apigee SOAP fault rendered as JSON, or Apigee's
 * own {@code {"fault":{"faultstring","detail":{"errorcode"}}}} (e.g. "no apiproduct match found").
 */
public record DarajaErrorBody(String errorCode, String errorMessage) {

    public static Optional<DarajaErrorBody> of(String body) {
        return LenientJson.object(body).flatMap(DarajaErrorBody::of);
    }

    public static Optional<DarajaErrorBody> of(JsonNode root) {
        String code = LenientJson.textField(root, "errorCode");
        if (code != null) {
            return Optional.of(new DarajaErrorBody(code, LenientJson.textField(root, "errorMessage")));
        }
        // Exact lower-case names only: "ResultCode" in a 200 query answer is a result, not an error.
        String resultCode = LenientJson.text(root.get("resultCode"));
        if (resultCode != null) {
            return Optional.of(new DarajaErrorBody(resultCode, LenientJson.text(root.get("resultDesc"))));
        }
        JsonNode fault = LenientJson.field(LenientJson.field(LenientJson.field(root, "Envelope"), "Body"), "Fault");
        String faultCode = LenientJson.textField(fault, "faultcode");
        if (faultCode != null) {
            return Optional.of(new DarajaErrorBody(faultCode, LenientJson.textField(fault, "faultstring")));
        }
        JsonNode apigee = LenientJson.field(root, "fault");
        String faultString = LenientJson.textField(apigee, "faultstring");
        if (faultString != null) {
            String apigeeCode = LenientJson.textField(LenientJson.field(apigee, "detail"), "errorcode");
            return Optional.of(new DarajaErrorBody(apigeeCode == null ? "apigee_fault" : apigeeCode, faultString));
        }
        return Optional.empty();
    }

    /** Case-insensitive search in the message; false when there is none. */
    public boolean says(String words) {
        return errorMessage != null && errorMessage.toLowerCase(java.util.Locale.ROOT).contains(words);
    }
}
