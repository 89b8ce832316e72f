package io.mpesagw.daraja.status;

import io.mpesagw.daraja.result.PartyName;
import java.math.BigDecimal;

/**
 * The ResultParameters of a found transaction; any field null when absent. Times are as sent
 * (yyyyMMddHHmmss, Kenyan time); {@code debitPartyCharges} is raw, e.g. "Fee For B2C Payment|KES|22.40".
 */
public record TransactionDetails(String receiptNo, String transactionStatus, BigDecimal amount, PartyName debitParty,
        PartyName creditParty, String originatorConversationId, String conversationId, String initiatedTime,
        String finalisedTime, String debitAccountType, String debitPartyCharges, String transactionReason,
        String reasonType) {
}
