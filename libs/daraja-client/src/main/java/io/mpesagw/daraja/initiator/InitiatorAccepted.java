package io.mpesagw.daraja.initiator;

/**
 * The sync answer of B2C, Transaction Status, Account Balance and Reversal: the request was queued
 * (ResponseCode "0"). The outcome arrives later at ResultURL, correlated by these two ids.
 */
public record InitiatorAccepted(String originatorConversationId, String conversationId, String responseCode,
        String responseDescription) {
}
