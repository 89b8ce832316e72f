package io.mpesagw.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of a B2C payment as Daraja posted it to the ResultURL. Correlate by
 * {@code originatorConversationId} (v3: the payout's own) or {@code conversationId}. Everything
 * after {@code transactionId} is null unless the payout succeeded (failures carry no parameters).
 *
 * @param resultType "0" final, "1" more messages to come; null when absent (counts as final)
 * @param transactionId Daraja's TransactionID as sent; failures may carry a placeholder like "UAV0000000"
 * @param mpesaReceipt the M-Pesa receipt (TransactionReceipt, else a real TransactionID); never a placeholder
 * @param receiverMsisdn ReceiverPartyPublicName's number in 2547…/2541… form (production may send 07…)
 * @param completedAt TransactionCompletedDateTime as sent: "dd.MM.yyyy HH:mm:ss", Kenyan time
 * @param utilityAccountFunds what the B2C utility account holds after this payout (may be negative)
 */
public record PayoutResultReceived(
        String callbackId,
        String payoutId,
        String originatorConversationId,
        String conversationId,
        String resultType,
        String resultCode,
        String resultDesc,
        String transactionId,
        BigDecimal amount,
        String mpesaReceipt,
        String receiverMsisdn,
        String receiverName,
        String completedAt,
        BigDecimal utilityAccountFunds,
        BigDecimal workingAccountFunds,
        BigDecimal chargesPaidAccountFunds,
        Boolean recipientIsRegistered,
        Instant receivedAt) implements PayoutCallback {

    public PayoutResultReceived {
        Objects.requireNonNull(callbackId, "callbackId");
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(resultCode, "resultCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (originatorConversationId == null && conversationId == null) {
            throw new IllegalArgumentException("a payout result needs an OriginatorConversationID or ConversationID");
        }
    }

    /** The customer was paid. */
    public boolean succeeded() {
        return "0".equals(resultCode) && isFinal();
    }

    /** ResultType 1 means Daraja will send further messages; absent counts as final. */
    public boolean isFinal() {
        return resultType == null || "0".equals(resultType);
    }
}
