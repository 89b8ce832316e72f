package io.mpesagw.daraja.result;

/**
 * A call to QueueTimeOutURL: the request timed out in M-Pesa's queue and its outcome is UNKNOWN,
 * not failed. Resolve it with Transaction Status before any retry, or risk paying twice. Every field
 * may be null: no real payload has been captured, so any body is accepted (fact sheet 6.4).
 */
public record QueueTimeout(String originatorConversationId, String conversationId, String resultCode,
        String resultDesc) {
}
