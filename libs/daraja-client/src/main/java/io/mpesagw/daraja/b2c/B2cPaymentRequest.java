package io.mpesagw.daraja.b2c;

import io.mpesagw.daraja.http.Fields;

/**
 * One payout. {@code originatorConversationId} is the caller's idempotency key: store it before sending;
 * v3 sends it (Daraja refuses a repeat with 500.002.1001), v1 does not (M-Pesa makes its own).
 * {@code partyA} is the B2C shortcode, {@code partyB} the customer's 2547…/2541… MSISDN; {@code occasion}
 * is optional. Invalid values are refused here, before anything is sent.
 */
public record B2cPaymentRequest(String originatorConversationId, B2cCommand command, long amount, String partyA,
        String partyB, String remarks, String queueTimeoutUrl, String resultUrl, String occasion) {

    /** Daraja docs FAQ: B2C pays 10 to 250 000 whole shillings per transaction. */
    public static final long MIN_AMOUNT = 10;
    public static final long MAX_AMOUNT = 250_000;

    public B2cPaymentRequest {
        Fields.required(originatorConversationId, "originatorConversationId");
        if (command == null) {
            throw new IllegalArgumentException("command is required (BusinessPayment, SalaryPayment or PromotionPayment)");
        }
        if (amount < MIN_AMOUNT || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("a B2C amount must be " + MIN_AMOUNT + " to " + MAX_AMOUNT
                    + " whole shillings, got " + amount);
        }
        Fields.shortCode(partyA, "partyA");
        Fields.msisdn(partyB, "partyB");
        Fields.remarks(remarks, "remarks");
        Fields.callbackUrl(queueTimeoutUrl, "queueTimeoutUrl");
        Fields.callbackUrl(resultUrl, "resultUrl");
        Fields.occasion(occasion, "occasion");
    }

    @Override
    public String toString() {
        return "B2cPaymentRequest[originatorConversationId=" + originatorConversationId + ", command=" + command
                + ", amount=" + amount + ", partyA=" + partyA + ", partyB=" + Fields.maskedMsisdn(partyB)
                + ", remarks=" + remarks + ", queueTimeoutUrl=" + Fields.maskedUrl(queueTimeoutUrl)
                + ", resultUrl=" + Fields.maskedUrl(resultUrl) + ", occasion=" + occasion + "]";
    }
}
