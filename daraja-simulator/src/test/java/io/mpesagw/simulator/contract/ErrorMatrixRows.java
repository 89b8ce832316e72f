package io.mpesagw.simulator.contract;

import static io.mpesagw.simulator.contract.ClientApi.ACCOUNT_BALANCE;
import static io.mpesagw.simulator.contract.ClientApi.B2C_V1;
import static io.mpesagw.simulator.contract.ClientApi.B2C_V3;
import static io.mpesagw.simulator.contract.ClientApi.C2B_REGISTER;
import static io.mpesagw.simulator.contract.ClientApi.C2B_SIMULATE;
import static io.mpesagw.simulator.contract.ClientApi.REVERSAL;
import static io.mpesagw.simulator.contract.ClientApi.STK_PUSH;
import static io.mpesagw.simulator.contract.ClientApi.STK_QUERY;
import static io.mpesagw.simulator.contract.ClientApi.TRANSACTION_STATUS;

import io.mpesagw.daraja.http.Operation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sync error tables of daraja-facts.md (section 1's generic matrix, section 3's STK table, the B2C
 * errors of 6.1), one row per documented answer, with the outcome daraja-client's README gives it.
 * A row runs against the APIs it belongs to: the fact sheet's "When" column, or every API for the
 * rows any Daraja path can answer (tokens, paths, methods, throttling, Apigee).
 */
final class ErrorMatrixRows {

    /** The client README's outcome classes. STILL_PROCESSING_ON_QUERY is Unclear on a submit. */
    enum Expect { REJECTED, INVALID_TOKEN, THROTTLED, STILL_PROCESSING_ON_QUERY, UNCLEAR }

    /**
     * One documented answer: Daraja's envelope, or a named raw body ({@code rawBody}) whose fault code
     * and string are {@code code}/{@code message} (null for an empty body). {@code oauth}: OAuth can get
     * it too.
     */
    record Row(String tables, int status, String code, String message, String rawBody, Expect expect,
            Set<ClientApi> apis, boolean oauth) {

        /** The control-API request that arms this answer for the next call to {@code path}. */
        String fault(String path) {
            ObjectNode fault = JSON.createObjectNode().put("path", path).put("status", status);
            if (rawBody == null) {
                fault.put("fault", "daraja-error").put("errorCode", code).put("errorMessage", message);
            } else {
                fault.put("fault", "raw-body").put("body", rawBody);
            }
            return fault.toString();
        }

        String outcomeOn(ClientApi api) {
            return switch (expect) {
                case REJECTED -> "Rejected";
                case INVALID_TOKEN -> "InvalidAccessToken";
                case THROTTLED -> "Throttled";
                case STILL_PROCESSING_ON_QUERY -> api.operation == Operation.QUERY ? "StillProcessing" : "Unclear";
                case UNCLEAR -> "Unclear";
            };
        }

        @Override
        public String toString() {
            return tables + " " + status + " " + (rawBody == null ? code + " '" + message + "'" : rawBody + " body");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<ClientApi> ALL = EnumSet.allOf(ClientApi.class);
    private static final Set<ClientApi> NONE = EnumSet.noneOf(ClientApi.class);
    private static final Set<ClientApi> STK = EnumSet.of(STK_PUSH, STK_QUERY);
    private static final Set<ClientApi> B2C = EnumSet.of(B2C_V3, B2C_V1);
    private static final Set<ClientApi> INITIATOR = EnumSet.of(B2C_V3, B2C_V1, TRANSACTION_STATUS, ACCOUNT_BALANCE,
            REVERSAL);

    static final List<Row> ROWS = Stream.of(invalidFields(), List.of(
            envelope("§1", 400, "400.002.05", "Invalid Request Payload", Expect.REJECTED, ALL),
            oauthOnly("§1 §2", 400, "400.008.01", "Invalid Authentication passed"),
            oauthOnly("§1", 400, "400.008.01", "Invalid authentication type passed"),
            oauthOnly("§1 §2", 400, "400.008.02", "Invalid grant type passed"),
            envelope("§1 §3", 404, "404.001.03", "Invalid Access Token", Expect.INVALID_TOKEN, ALL),
            // {token}: the simulator echoes the caller's bearer, as Daraja does.
            envelope("§1 §6.1", 401, "401.002.01", "Error Occurred - Invalid Access Token - {token}",
                    Expect.INVALID_TOKEN, ALL),
            envelope("§1", 400, "400.003.01", "Invalid Access Token", Expect.INVALID_TOKEN, ALL),
            withOauth(envelope("§1", 404, "404.001.01", "Resource not found", Expect.REJECTED, ALL)),
            withOauth(envelope("§1", 404, "404.003.01", "Resource not found", Expect.REJECTED, ALL)),
            withOauth(envelope("§1", 404, "404.002.01", "Resource not found", Expect.REJECTED, ALL)),
            envelope("§1", 404, "404.001.04", "Invalid Authentication Header", Expect.REJECTED, ALL),
            envelope("§1", 405, "405.001", "GET Method Not Allowed", Expect.REJECTED, ALL),
            envelope("§1 §3", 500, "500.001.1001", "Merchant does not exist", Expect.REJECTED, STK),
            envelope("§1 §3", 500, "500.001.1001", "Wrong credentials", Expect.REJECTED, STK),
            envelope("§1 §3", 500, "500.001.1001", "[MerchantValidate] - Wrong credentials", Expect.REJECTED, STK),
            envelope("§1 §3", 500, "500.001.1001",
                    "Unable to lock subscriber, a transaction is already in process for the current subscriber",
                    Expect.REJECTED, STK),
            envelope("§1 §4", 500, "500.001.1001", "The transaction is being processed",
                    Expect.STILL_PROCESSING_ON_QUERY, STK),
            envelope("§1 §6.1", 500, "500.002.1001", "Duplicate OriginatorConversationID.", Expect.REJECTED,
                    EnumSet.of(B2C_V3)),
            envelope("§1 §6.1", 500, "500.002.1001", "System internal error.", Expect.UNCLEAR, INITIATOR),
            withOauth(envelope("§1", 500, "500.003.1001", "Internal Server Error", Expect.UNCLEAR, ALL)),
            envelope("§1 §7.4", 500, "500.003.1001", "Urls are already registered.", Expect.REJECTED,
                    EnumSet.of(C2B_REGISTER)),
            // The fact sheet elides the SP ID; 107031 is illustrative.
            envelope("§1", 500, "500.003.1001", "Duplicate notification info, SP ID is 107031", Expect.REJECTED,
                    EnumSet.of(C2B_REGISTER)),
            withOauth(envelope("§1 §3 §6.1", 500, "500.003.02", "Error Occurred: Spike Arrest Violation",
                    Expect.THROTTLED, ALL)),
            withOauth(envelope("§1", 500, "500.003.02", "Error Occured: Spike Arrest Violation",
                    Expect.THROTTLED, ALL)),
            withOauth(envelope("§1 §6.1", 500, "500.003.03", "Error Occurred: Quota Violation",
                    Expect.THROTTLED, ALL)),
            withOauth(envelope("§1 §3", 500, "500.003.03", "Quota Violation", Expect.THROTTLED, ALL)),
            // Section 1 gives no HTTP status for it; the STK table (section 3) lists it under 500.
            envelope("§1 §3", 500, "500.003.02", "System is busy. Please try again in few minutes.",
                    Expect.THROTTLED, STK),
            // Sections 3 and 10 give neither status nor shape: Apigee's own VerifyAPIKey fault, under 401.
            raw("§3 §10", "apigee-no-apiproduct", 401, "keymanagement.service.InvalidAPICallAsNoApiProductMatchFound",
                    "Invalid API call as no apiproduct match found", Expect.REJECTED),
            raw("§1", "apigee-soap-fault", 500, "soap:Server",
                    "Execution of ServiceCallout SCO-AddURLVault failed. Reason: ResponseCode 409 is treated as error",
                    Expect.UNCLEAR),
            // "The gateway must survive non-JSON or unexpected JSON error bodies."
            raw("§1", "empty", 502, null, null, Expect.UNCLEAR)))
            .flatMap(List::stream).toList();

    private ErrorMatrixRows() {
    }

    /**
     * 400.002.02 "Bad Request - Invalid &lt;Field&gt;" for each field the fact sheet names, on the APIs
     * that send that field. BusinessShortCode is every API's: Daraja's answer to a body it could not read.
     */
    private static List<Row> invalidFields() {
        return List.of(
                invalidField("BusinessShortCode", ALL),
                invalidField("PhoneNumber", EnumSet.of(STK_PUSH)),
                invalidField("Amount", EnumSet.of(STK_PUSH, B2C_V3, B2C_V1, REVERSAL, C2B_SIMULATE)),
                invalidField("CallBackURL", EnumSet.of(STK_PUSH)),
                invalidField("PartyA", EnumSet.of(STK_PUSH, B2C_V3, B2C_V1, TRANSACTION_STATUS, ACCOUNT_BALANCE)),
                invalidField("PartyB", EnumSet.of(STK_PUSH, B2C_V3, B2C_V1)),
                invalidField("TransactionType", EnumSet.of(STK_PUSH)),
                invalidField("Password", STK),
                invalidField("Timestamp", STK),
                invalidField("InitiatorName", B2C),
                invalidField("SecurityCredential", INITIATOR),
                invalidField("TransactionID", EnumSet.of(TRANSACTION_STATUS, REVERSAL)),
                invalidField("Remarks", INITIATOR));
    }

    private static Row invalidField(String field, Set<ClientApi> apis) {
        return envelope("§1 §3 §6.1", 400, "400.002.02", "Bad Request - Invalid " + field, Expect.REJECTED, apis);
    }

    private static Row envelope(String tables, int status, String code, String message, Expect expect,
            Set<ClientApi> apis) {
        return new Row(tables, status, code, message, null, expect, apis, false);
    }

    private static Row oauthOnly(String tables, int status, String code, String message) {
        return new Row(tables, status, code, message, null, Expect.REJECTED, NONE, true);
    }

    private static Row withOauth(Row row) {
        return new Row(row.tables(), row.status(), row.code(), row.message(), null, row.expect(), row.apis(), true);
    }

    private static Row raw(String tables, String body, int status, String code, String message, Expect expect) {
        return new Row(tables, status, code, message, body, expect, ALL, true);
    }
}
