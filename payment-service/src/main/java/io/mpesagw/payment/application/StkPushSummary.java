package io.mpesagw.payment.application;

/**
 * What an STK push asked Daraja for, as the audit trail may keep it: no password, passkey or access
 * token, and the callback URL without its per-payment path token.
 *
 * @param shortcode   BusinessShortCode: the paybill, or a till's store number
 * @param partyB      who is paid: the paybill, or the till
 * @param callbackUrl the callback URL with the path token replaced by {@code ****}
 * @param attempts    requests actually sent to Daraja (0 when no access token could be had)
 */
public record StkPushSummary(String shortcode, String partyB, String transactionType, long amount, String phone,
        String accountReference, String callbackUrl, int attempts, boolean tokenReplaced) {
}
