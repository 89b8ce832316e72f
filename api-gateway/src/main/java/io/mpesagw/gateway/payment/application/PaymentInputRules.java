package io.mpesagw.gateway.payment.application;

import io.mpesagw.gateway.GatewaySettings;
import io.mpesagw.gateway.payment.domain.PaymentInstruction;
import io.mpesagw.kit.web.ApiException;
import io.mpesagw.msisdn.KenyanMsisdn;
import io.mpesagw.msisdn.MsisdnParse;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks what a merchant or customer sent against Daraja's limits, naming the field, the rule and
 * what is accepted, so that Daraja never sees a request it would refuse with a cryptic error.
 */
@Component
public class PaymentInputRules {

    // Daraja: AccountReference at most 12, TransactionDesc at most 13; special characters break requests.
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9 ._-]{1,12}");
    private static final Pattern DESCRIPTION = Pattern.compile("[A-Za-z0-9 ._-]{1,13}");

    private final GatewaySettings settings;

    public PaymentInputRules(GatewaySettings settings) {
        this.settings = settings;
    }

    public PaymentInstruction check(BigDecimal amount, String phone, String reference, String description) {
        return new PaymentInstruction(wholeShillings(amount), msisdn(phone), reference(reference), description(description));
    }

    public long wholeShillings(BigDecimal amount) {
        if (amount == null) {
            throw ApiException.invalidRequest("parameter_missing", "amount is required: a whole number of Kenyan shillings.", "amount");
        }
        if (amount.stripTrailingZeros().scale() > 0) {
            throw ApiException.invalidRequest("amount_not_whole",
                    "amount must be a whole number of shillings (M-Pesa has no cents); got " + amount.toPlainString() + ".", "amount");
        }
        if (amount.compareTo(BigDecimal.valueOf(settings.stkAmountMin())) < 0
                || amount.compareTo(BigDecimal.valueOf(settings.stkAmountMax())) > 0) {
            throw ApiException.invalidRequest("amount_out_of_range", "amount must be between " + settings.stkAmountMin()
                    + " and " + settings.stkAmountMax() + " shillings; got " + amount.toPlainString() + ".", "amount");
        }
        return amount.longValueExact();
    }

    public String msisdn(String phone) {
        return switch (KenyanMsisdn.parse(phone)) {
            case MsisdnParse.Accepted accepted -> accepted.msisdn();
            case MsisdnParse.Rejected rejected -> throw ApiException.invalidRequest("phone_invalid", rejected.message(), "phone")
                    .because(rejected.reason().code());
        };
    }

    public String reference(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw ApiException.invalidRequest("reference_invalid", "reference is required: 1 to 12 characters, "
                    + "letters, digits, space, dot, underscore or hyphen (M-Pesa shows it to the customer).", "reference");
        }
        return reference;
    }

    public String description(String description) {
        if (description == null || description.isEmpty()) {
            return null;
        }
        if (!DESCRIPTION.matcher(description).matches()) {
            throw ApiException.invalidRequest("description_invalid",
                    "description must be 1 to 13 characters: letters, digits, space, dot, underscore or hyphen.", "description");
        }
        return description;
    }
}
