package io.mpesagw.callback.result;

import io.mpesagw.kit.ids.Ids;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Result bodies in the shapes Daraja really sends (daraja-facts.md 6.3, 6.4 and 7.1), with fresh ids
 * per test: key order, {@code \/} escapes and number types as captured.
 */
final class ResultPayloads {

    private static final String QUEUE_TIMEOUT_URL =
            "\"ReferenceData\":{\"ReferenceItem\":{\"Key\":\"QueueTimeoutURL\","
            + "\"Value\":\"http:\\/\\/internalapi.safaricom.co.ke\\/mpesa\\/b2cresults\\/v1\\/submit\"}}";

    private ResultPayloads() {
    }

    /** Ours in B2C v3, e.g. "600997_Test_32et3241ed8yu". */
    static String newOriginatorConversationId() {
        return "600997_" + Ids.randomBase62(20);
    }

    /** AG_yyyyMMdd_ + 20 hex, e.g. AG_20230217_20207d67d6bea6a82db2. */
    static String newConversationId() {
        return "AG_20260131_" + Ids.randomBase62(20).toLowerCase(Locale.ROOT);
    }

    /** A receipt of 31 Jan 2026 (U, A, V), six random characters after the digit. */
    static String newReceipt() {
        return "UAV" + ThreadLocalRandom.current().nextInt(10) + Ids.randomBase62(6).toUpperCase(Locale.ROOT);
    }

    /** The real production success (6.3): parameters in its order, amount a number, funds decimals. */
    static String b2cSuccess(String originatorId, String conversationId, String receipt) {
        return "{\"Result\":{\"ResultType\":0,\"ResultCode\":0,\"ResultDesc\":\"The service request is processed "
                + "successfully.\",\"OriginatorConversationID\":\"" + originatorId + "\",\"ConversationID\":\""
                + conversationId + "\",\"TransactionID\":\"" + receipt + "\",\"ResultParameters\":{\"ResultParameter\":["
                + "{\"Key\":\"ReceiverPartyPublicName\",\"Value\":\"0712345678 - JOHN DOE\"},"
                + "{\"Key\":\"TransactionCompletedDateTime\",\"Value\":\"17.02.2023 16:49:42\"},"
                + "{\"Key\":\"B2CUtilityAccountAvailableFunds\",\"Value\":488.57},"
                + "{\"Key\":\"B2CWorkingAccountAvailableFunds\",\"Value\":0.00},"
                + "{\"Key\":\"B2CRecipientIsRegisteredCustomer\",\"Value\":\"Y\"},"
                + "{\"Key\":\"B2CChargesPaidAccountAvailableFunds\",\"Value\":-1540.00},"
                + "{\"Key\":\"TransactionAmount\",\"Value\":10},"
                + "{\"Key\":\"TransactionReceipt\",\"Value\":\"" + receipt + "\"}]}," + QUEUE_TIMEOUT_URL + "}}";
    }

    /** A failure (6.3): no ResultParameters; {@code resultCode} is written as is (a number, or a quoted string). */
    static String b2cFailure(String originatorId, String conversationId, String resultCode, String resultDesc,
            String transactionId) {
        return "{\"Result\":{\"ResultType\":0,\"ResultCode\":" + resultCode + ",\"ResultDesc\":\"" + resultDesc
                + "\",\"OriginatorConversationID\":\"" + originatorId + "\",\"ConversationID\":\"" + conversationId
                + "\",\"TransactionID\":\"" + transactionId + "\"," + QUEUE_TIMEOUT_URL + "}}";
    }

    /** No real QueueTimeOut payload exists (6.4): the Result envelope the simulator sends, wording invented. */
    static String queueTimeout(String originatorId, String conversationId) {
        return "{\"Result\":{\"ResultType\":0,\"ResultCode\":9999,\"ResultDesc\":\"The service request has timed out.\","
                + "\"OriginatorConversationID\":\"" + originatorId + "\",\"ConversationID\":\"" + conversationId + "\"}}";
    }

    /** Found (7.1): the query's own ids in the header, the payout's among the parameters. */
    static String statusFound(String queryOriginatorId, String queryConversationId, String payoutOriginatorId,
            String payoutConversationId, String receipt) {
        return "{\"Result\":{\"ResultType\":0,\"ResultCode\":0,\"ResultDesc\":\"The service request is processed "
                + "successfully.\",\"OriginatorConversationID\":\"" + queryOriginatorId + "\",\"ConversationID\":\""
                + queryConversationId + "\",\"TransactionID\":\"UAV0000000\",\"ResultParameters\":{\"ResultParameter\":["
                + "{\"Key\":\"DebitPartyName\",\"Value\":\"600992 - Safaricom Daraja 992\"},"
                + "{\"Key\":\"CreditPartyName\",\"Value\":\"254708374149 - John Doe\"},"
                + "{\"Key\":\"OriginatorConversationID\",\"Value\":\"" + payoutOriginatorId + "\"},"
                + "{\"Key\":\"InitiatedTime\",\"Value\":20260131102145},"
                + "{\"Key\":\"DebitAccountType\",\"Value\":\"Utility Account\"},"
                + "{\"Key\":\"DebitPartyCharges\",\"Value\":\"Fee For B2C Payment|KES|22.40\"},"
                + "{\"Key\":\"TransactionReason\"},"
                + "{\"Key\":\"ReasonType\",\"Value\":\"Business Payment to Customer via API\"},"
                + "{\"Key\":\"TransactionStatus\",\"Value\":\"Completed\"},"
                + "{\"Key\":\"FinalisedTime\",\"Value\":20260131102146},"
                + "{\"Key\":\"Amount\",\"Value\":10.00},"
                + "{\"Key\":\"ConversationID\",\"Value\":\"" + payoutConversationId + "\"},"
                + "{\"Key\":\"ReceiptNo\",\"Value\":\"" + receipt + "\"}]},"
                + "\"ReferenceData\":{\"ReferenceItem\":{\"Key\":\"Occasion\"}}}}";
    }

    /** Not found (7.1, real sandbox): 2032. */
    static String statusNotFound(String queryOriginatorId, String queryConversationId) {
        return "{\"Result\":{\"ResultType\":0,\"ResultCode\":2032,\"ResultDesc\":\"The transaction receipt number does "
                + "not exist.\",\"OriginatorConversationID\":\"" + queryOriginatorId + "\",\"ConversationID\":\""
                + queryConversationId + "\",\"TransactionID\":\"UAV0000000\","
                + "\"ReferenceData\":{\"ReferenceItem\":{\"Key\":\"Occasion\"}}}}";
    }
}
