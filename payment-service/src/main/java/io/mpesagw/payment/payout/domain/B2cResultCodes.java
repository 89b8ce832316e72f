package io.mpesagw.payment.payout.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Daraja's B2C Result and Transaction Status codes (daraja-facts 6.3, 7.1) into verdicts, with a
 * stable failure code of ours and a sentence a merchant can act on.
 */
public final class B2cResultCodes {

    /** Transaction Status: "The transaction receipt number does not exist." */
    public static final String NOT_FOUND = "2032";

    private record Failure(String code, String message) {
    }

    private static final Map<String, Failure> FAILURES = Map.ofEntries(
            Map.entry("1", new Failure("insufficient_funds", "The B2C utility account has too little money for this payout.")),
            Map.entry("2", new Failure("amount_too_small", "The amount is below the B2C minimum.")),
            Map.entry("3", new Failure("amount_too_large", "The amount is above the B2C maximum.")),
            Map.entry("4", new Failure("daily_limit_exceeded", "The daily B2C limit has been reached.")),
            Map.entry("8", new Failure("recipient_balance_limit", "The recipient's M-Pesa account cannot hold more money.")),
            Map.entry("2040", new Failure("recipient_not_supported", "The recipient is not a registered M-Pesa customer.")),
            Map.entry("SFC_IC0003", new Failure("recipient_unknown", "The phone number has no M-Pesa account.")));

    private static final Set<String> INITIATOR = Set.of("18", "20", "21", "2001", "8006");
    private static final Set<String> ACCOUNT = Set.of("11", "2006", "2028");

    private B2cResultCodes() {
    }

    /** A B2C Result. ResultType 1 announces further messages: not final yet. */
    public static PayoutVerdict ofResult(String resultType, String resultCode, String receipt) {
        if (resultType != null && !"0".equals(resultType)) {
            return new PayoutVerdict.Unsettled("result_type_" + resultType);
        }
        return "0".equals(resultCode) ? new PayoutVerdict.Paid(receipt) : declined(resultCode);
    }

    /**
     * A Transaction Status answer about the payout. "Not found" is final only once the payout is old enough
     * that M-Pesa would have booked it by now; before that it may still be in M-Pesa's queue.
     */
    public static PayoutVerdict ofStatus(String resultCode, String transactionStatus, String receiptNo,
            Instant createdAt, Instant now, Duration notFoundAfter) {
        if ("0".equals(resultCode)) {
            if ("Completed".equalsIgnoreCase(transactionStatus)) {
                return new PayoutVerdict.Paid(receiptNo);
            }
            if (transactionStatus != null && Set.of("failed", "declined", "cancelled", "expired")
                    .contains(transactionStatus.toLowerCase(Locale.ROOT))) {
                return new PayoutVerdict.Declined("payout_failed", transactionStatus, "M-Pesa did not complete the payout.");
            }
            return new PayoutVerdict.Unsettled("transaction_status_" + transactionStatus);
        }
        if (NOT_FOUND.equals(resultCode)) {
            return Duration.between(createdAt, now).compareTo(notFoundAfter) >= 0
                    ? new PayoutVerdict.Declined("payout_not_found", resultCode, "M-Pesa has no record of the payout; no money moved.")
                    : new PayoutVerdict.Unsettled("not_found_yet");
        }
        return new PayoutVerdict.Unsettled("status_query_result_" + resultCode);
    }

    public static PayoutVerdict.Declined declined(String resultCode) {
        Failure known = FAILURES.get(resultCode);
        if (known != null) {
            return new PayoutVerdict.Declined(known.code(), resultCode, known.message());
        }
        if (INITIATOR.contains(resultCode)) {
            return new PayoutVerdict.Declined("initiator_rejected", resultCode,
                    "M-Pesa refused the API initiator's credentials; check the initiator name, password and certificate.");
        }
        if (ACCOUNT.contains(resultCode)) {
            return new PayoutVerdict.Declined("account_not_permitted", resultCode,
                    "The B2C shortcode is not allowed to make this payout.");
        }
        return new PayoutVerdict.Declined("payout_failed", resultCode, "M-Pesa did not complete the payout.");
    }
}
