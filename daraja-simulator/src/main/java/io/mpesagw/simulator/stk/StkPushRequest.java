package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.daraja.RequestFields;
import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

/** A valid STK push request; {@link #from} rejects the first bad field the way Daraja does. */
public record StkPushRequest(
        String businessShortCode,
        String password,
        String timestamp,
        String transactionType,
        long amount,
        String partyA,
        String partyB,
        String phoneNumber,
        URI callBackUrl,
        String accountReference,
        String transactionDesc) {

    static final Pattern SHORTCODE = Pattern.compile("\\d{5,7}");
    static final Pattern TIMESTAMP = Pattern.compile("\\d{14}");
    static final Pattern MSISDN = Pattern.compile("254(7|1)\\d{8}");
    static final Set<String> TRANSACTION_TYPES = Set.of("CustomerPayBillOnline", "CustomerBuyGoodsOnline");
    /** Daraja FAQ: KES 250 000 per transaction. */
    static final long MAX_AMOUNT = 250_000;
    private static final int MAX_PASSWORD = 512;

    /**
     * Arguments are evaluated left to right, so the first invalid field in this order is reported.
     * {@code longText}: whether an over-long AccountReference or TransactionDesc is refused or cut.
     */
    public static StkPushRequest from(RequestFields fields, LongTextPolicy longText) {
        boolean cut = longText == LongTextPolicy.TRUNCATE;
        return new StkPushRequest(
                fields.matching("BusinessShortCode", SHORTCODE),
                fields.text("Password", MAX_PASSWORD),
                fields.matching("Timestamp", TIMESTAMP),
                fields.oneOf("TransactionType", TRANSACTION_TYPES),
                fields.wholeAmount("Amount", 1, MAX_AMOUNT),
                fields.matching("PartyA", MSISDN),
                fields.matching("PartyB", SHORTCODE),
                fields.matching("PhoneNumber", MSISDN),
                fields.absoluteHttpUrl("CallBackURL"),
                fields.text("AccountReference", StkTextLimits.MAX_ACCOUNT_REFERENCE, cut),
                // The only optional field, per the Daraja docs.
                fields.optionalText("TransactionDesc", StkTextLimits.MAX_TRANSACTION_DESC, cut));
    }
}
