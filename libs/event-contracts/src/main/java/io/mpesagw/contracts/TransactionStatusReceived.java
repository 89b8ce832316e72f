package io.mpesagw.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The answer to a Transaction Status query made for a payout, as Daraja posted it to the ResultURL.
 * {@code originatorConversationId}/{@code conversationId} are the query's own ids; the
 * {@code transaction…} ones are those of the transaction it found (a B2C's OriginatorConversationID).
 * Everything after {@code resultDesc} is null unless the transaction was found (ResultCode 0);
 * 2032 means "The transaction receipt number does not exist."
 *
 * @param transactionStatus e.g. "Completed"
 * @param debitPartyName the public name as sent, e.g. "600992 - Safaricom Daraja 992"
 * @param creditPartyName the public name as sent, e.g. "254708374149 - John Doe"
 * @param initiatedTime as sent: yyyyMMddHHmmss, Kenyan time
 * @param finalisedTime as sent: yyyyMMddHHmmss, Kenyan time
 * @param debitPartyCharges as sent, e.g. "Fee For B2C Payment|KES|22.40"
 */
public record TransactionStatusReceived(
        String callbackId,
        String payoutId,
        String originatorConversationId,
        String conversationId,
        String resultCode,
        String resultDesc,
        String receiptNo,
        String transactionStatus,
        BigDecimal amount,
        String debitPartyName,
        String creditPartyName,
        String transactionOriginatorConversationId,
        String transactionConversationId,
        String initiatedTime,
        String finalisedTime,
        String debitPartyCharges,
        String reasonType,
        Instant receivedAt) implements PayoutCallback {

    public TransactionStatusReceived {
        Objects.requireNonNull(callbackId, "callbackId");
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(resultCode, "resultCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The queried transaction exists; {@link #transactionStatus()} says how it stands. */
    public boolean found() {
        return "0".equals(resultCode);
    }
}
