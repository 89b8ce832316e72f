package io.mpesagw.payment.domain;

import java.util.Map;
import java.util.Set;

/**
 * Daraja STK ResultCodes (fact sheet section 5) mapped to outcomes. Keyed on the code only, never
 * on ResultDesc, whose text varies for the same code.
 */
public final class StkResultCodes {

    private static final String TRY_AGAIN = "M-Pesa could not complete the request. Please try again in a minute.";

    private static final Map<String, StkOutcome> OUTCOMES = Map.ofEntries(
            Map.entry("0", new StkOutcome(PaymentState.SUCCEEDED, null, "Payment received. Thank you!", true)),
            failed("1", "insufficient_funds", "Your M-Pesa balance is not enough for this payment."),
            failed("2", "amount_below_minimum", "The amount is below the M-Pesa minimum."),
            failed("3", "amount_above_maximum", "The amount is above the M-Pesa limit for one payment."),
            failed("4", "daily_limit_exceeded", "This payment would exceed your daily M-Pesa limit."),
            failed("8", "receiver_balance_limit", "The merchant cannot receive this amount right now."),
            failed("17", "rule_limited", "A payment of the same amount was just made. Please wait two minutes and try again."),
            failed("26", "mpesa_busy", TRY_AGAIN),
            failed("1001", "subscriber_busy", "Your phone is busy with another M-Pesa request. Finish it and try again."),
            failed("1025", "prompt_not_sent", TRY_AGAIN),
            failed("9999", "prompt_not_sent", TRY_AGAIN),
            Map.entry("1019", new StkOutcome(PaymentState.EXPIRED, "prompt_expired",
                    "The request expired before it was completed. Please try again.", true)),
            Map.entry("1037", new StkOutcome(PaymentState.EXPIRED, "customer_unreachable",
                    "We could not reach your phone, or the PIN was not entered in time. Please try again.", true)),
            cancelled("1031"),
            cancelled("1032"),
            failed("2001", "wrong_pin", "The M-Pesa PIN entered was wrong. Please try again."),
            failed("8006", "pin_locked", "Your M-Pesa PIN is locked. Contact Safaricom to unlock it."),
            failed("2028", "merchant_misconfigured", "The merchant cannot accept M-Pesa payments right now."),
            failed("SFC_IC0003", "merchant_misconfigured", "The merchant cannot accept M-Pesa payments right now."));

    /** The janitor's verdict when Daraja still says "being processed" after the prompt expired. */
    public static final StkOutcome UNANSWERED_BEFORE_EXPIRY = new StkOutcome(PaymentState.EXPIRED, "prompt_expired",
            "The request expired before it was completed. Please try again.", true);

    /**
     * The janitor's verdict on a payment without a CheckoutRequestID (the push response was lost, or the
     * service stopped mid-push) that no callback settled before its prompt expired. Nothing more can be
     * learned from Daraja, so it ends; a success reported later is flagged, never credited silently.
     */
    public static final StkOutcome NO_CONFIRMATION = new StkOutcome(PaymentState.EXPIRED, "no_confirmation",
            "M-Pesa did not confirm this payment in time. If money left your account, keep the M-Pesa message"
                    + " and contact the merchant.", true);

    private StkResultCodes() {
    }

    public static StkOutcome outcomeOf(String resultCode) {
        StkOutcome known = OUTCOMES.get(resultCode == null ? "" : resultCode.strip());
        if (known != null) {
            return known;
        }
        return new StkOutcome(PaymentState.FAILED, "unrecognised_result",
                "The payment did not go through. No money was taken.", false);
    }

    /** Every code this table maps: all of daraja-facts.md section 5. */
    public static Set<String> knownCodes() {
        return OUTCOMES.keySet();
    }

    private static Map.Entry<String, StkOutcome> failed(String code, String failureCode, String message) {
        return Map.entry(code, new StkOutcome(PaymentState.FAILED, failureCode, message, true));
    }

    private static Map.Entry<String, StkOutcome> cancelled(String code) {
        return Map.entry(code, new StkOutcome(PaymentState.CANCELLED, "customer_cancelled",
                "You cancelled the request on your phone.", true));
    }
}
