package io.mpesagw.simulator.c2b;

import io.mpesagw.simulator.daraja.RequestFields;
import java.util.Set;
import java.util.regex.Pattern;

/** A valid C2B simulate request: a customer paying a paybill or till from the sandbox. */
record C2bSimulateRequest(String shortCode, String commandId, long amount, String msisdn, String billRefNumber) {

    static final String PAYBILL = "CustomerPayBillOnline";
    static final String BUY_GOODS = "CustomerBuyGoodsOnline";
    private static final Pattern MSISDN = Pattern.compile("254(7|1)\\d{8}");
    /** Daraja FAQ: KES 250 000 per transaction. */
    private static final long MAX_AMOUNT = 250_000;
    /** No documented limit; a sanity bound on what we echo back. */
    private static final int MAX_BILL_REF = 100;

    /** Arguments are evaluated left to right, so the first invalid field in this order is reported. */
    static C2bSimulateRequest from(RequestFields fields) {
        return new C2bSimulateRequest(
                fields.matching("ShortCode", RegisterUrlRequest.SHORTCODE),
                fields.oneOf("CommandID", Set.of(PAYBILL, BUY_GOODS)),
                fields.wholeAmount("Amount", 1, MAX_AMOUNT),
                fields.matching("Msisdn", MSISDN),
                // Till payments carry no account number (the docs send null).
                fields.optionalText("BillRefNumber", MAX_BILL_REF));
    }

    /** The TransactionType text of the validation and confirmation requests. */
    String transactionType() {
        return commandId.equals(BUY_GOODS) ? "Buy Goods" : "Pay Bill";
    }
}
