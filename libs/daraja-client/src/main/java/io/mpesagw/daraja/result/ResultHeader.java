package io.mpesagw.daraja.result;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The part every {@code {"Result":{...}}} shares (B2C, Transaction Status, Account Balance, Reversal).
 * Codes are text: numbers and strings ("0", 2001, "R000002") are compared as strings.
 * {@code referenceData} is ReferenceData.ReferenceItem by Key (a value may be null).
 */
public record ResultHeader(String resultType, String resultCode, String resultDesc, String originatorConversationId,
        String conversationId, String transactionId, Map<String, String> referenceData) {

    /** Failed results may carry a placeholder like "UAV0000000" instead of a receipt. */
    private static final Pattern ZERO_PADDED = Pattern.compile("[A-Z0-9]{3}0{7}");

    public boolean succeeded() {
        return "0".equals(resultCode);
    }

    /** ResultType 0 is final; 1 means "waiting for further messages". Absent counts as final. */
    public boolean isFinal() {
        return resultType == null || "0".equals(resultType);
    }

    /** The M-Pesa receipt, unless absent or a zero-padded placeholder. */
    public Optional<String> receipt() {
        return transactionId == null || ZERO_PADDED.matcher(transactionId).matches()
                ? Optional.empty() : Optional.of(transactionId);
    }

    /** The host of QueueTimeoutURL tells sandbox ("internalsandbox") from production ("internalapi"). */
    public Optional<String> queueTimeoutUrl() {
        return Optional.ofNullable(referenceData.get("QueueTimeoutURL"));
    }
}
