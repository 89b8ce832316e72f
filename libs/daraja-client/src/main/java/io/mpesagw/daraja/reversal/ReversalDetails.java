package io.mpesagw.daraja.reversal;

import io.mpesagw.daraja.result.PartyName;
import java.math.BigDecimal;

/** The ResultParameters of a completed reversal; any field null when absent, times and balances as sent. */
public record ReversalDetails(String originalTransactionId, BigDecimal amount, BigDecimal charge,
        String completedTime, PartyName creditParty, PartyName debitParty, String debitAccountBalance) {
}
