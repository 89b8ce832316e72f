package io.mpesagw.gateway.payout.application;

import io.mpesagw.gateway.payment.application.PaymentInputRules;
import io.mpesagw.gateway.payout.domain.PayoutInstruction;
import io.mpesagw.kit.web.ApiException;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks a payout request against Daraja's B2C rules, naming the field, so Daraja never refuses it. */
@Component
public class PayoutInputRules {

    // Daraja has failed requests with other characters in Remarks/Occassion (daraja-client Fields)
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9 ._-]{1,40}");
    private static final Pattern REMARKS = Pattern.compile("[A-Za-z0-9 ._-]{2,100}");
    private static final Pattern OCCASION = Pattern.compile("[A-Za-z0-9 ._-]{1,100}");

    private final PaymentInputRules payments;
    private final PayoutLimits limits;

    public PayoutInputRules(PaymentInputRules payments, PayoutLimits limits) {
        this.payments = payments;
        this.limits = limits;
    }

    public PayoutInstruction check(BigDecimal amount, String phone, String reference, String remarks, String occasion) {
        long shillings = wholeShillings(amount);
        String msisdn = payments.msisdn(phone);
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw ApiException.invalidRequest("reference_invalid", "reference is required: 1 to 40 characters, "
                    + "letters, digits, space, dot, underscore or hyphen.", "reference");
        }
        String remark = remarks == null || remarks.isEmpty() ? defaultRemarks(reference) : remarks;
        if (!REMARKS.matcher(remark).matches()) {
            throw ApiException.invalidRequest("remarks_invalid", "remarks must be 2 to 100 characters: letters, digits, "
                    + "space, dot, underscore or hyphen.", "remarks");
        }
        if (occasion != null && !occasion.isEmpty() && !OCCASION.matcher(occasion).matches()) {
            throw ApiException.invalidRequest("occasion_invalid", "occasion must be 1 to 100 characters: letters, "
                    + "digits, space, dot, underscore or hyphen.", "occasion");
        }
        return new PayoutInstruction(shillings, msisdn, reference, remark,
                occasion == null || occasion.isEmpty() ? null : occasion);
    }

    private long wholeShillings(BigDecimal amount) {
        if (amount == null) {
            throw ApiException.invalidRequest("parameter_missing", "amount is required: a whole number of Kenyan shillings.", "amount");
        }
        if (amount.stripTrailingZeros().scale() > 0) {
            throw ApiException.invalidRequest("amount_not_whole",
                    "amount must be a whole number of shillings (M-Pesa has no cents); got " + amount.toPlainString() + ".", "amount");
        }
        if (amount.compareTo(BigDecimal.valueOf(limits.amountMin())) < 0
                || amount.compareTo(BigDecimal.valueOf(limits.amountMax())) > 0) {
            throw ApiException.invalidRequest("amount_out_of_range", "a payout must be between " + limits.amountMin()
                    + " and " + limits.amountMax() + " shillings; got " + amount.toPlainString() + ".", "amount");
        }
        return amount.longValueExact();
    }

    /** Daraja requires Remarks; the reference (padded to Daraja's two-character minimum) stands in. */
    private static String defaultRemarks(String reference) {
        return reference.length() >= 2 ? reference : "Payout " + reference;
    }
}
