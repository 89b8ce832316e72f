package io.mpesagw.gateway.merchant.application;

import static io.mpesagw.gateway.merchant.application.MerchantInputRules.bounded;
import static io.mpesagw.gateway.merchant.application.MerchantInputRules.invalid;
import static io.mpesagw.gateway.merchant.application.MerchantInputRules.oneOf;

import io.mpesagw.gateway.merchant.domain.DarajaCredentials;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials.Environment;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials.ShortcodeType;
import java.util.regex.Pattern;

/**
 * A credential set as an operator sends it (body of {@code PUT /admin/v1/merchants/{id}/daraja-credentials}).
 * {@link #validated()} names the first wrong field and never quotes a secret value back.
 */
public record DarajaCredentialInput(String shortcode, String shortcodeType, String tillNumber, String passkey,
                                    String consumerKey, String consumerSecret, String initiatorName,
                                    String initiatorPassword, String environment) {

    private static final Pattern SHORTCODE = Pattern.compile("[0-9]{5,7}");
    private static final int MAX_SECRET = 256;

    public DarajaCredentials validated() {
        if (shortcode == null || !SHORTCODE.matcher(shortcode.strip()).matches()) {
            throw invalid("shortcode", "shortcode is required: 5 to 7 digits (the paybill number, or a till's store"
                    + " number)" + (shortcode == null ? "." : "; was '" + bounded(shortcode) + "'."));
        }
        ShortcodeType type = oneOf(ShortcodeType.class, shortcodeType, "shortcode_type", "paybill or till");
        String till = tillNumber(type);
        Environment env = oneOf(Environment.class, environment, "environment", "sandbox or production");
        if (initiatorName == null && initiatorPassword != null) {
            throw invalid("initiator_name", "initiator_name is required with initiator_password (B2C needs both).");
        }
        if (initiatorName != null && initiatorPassword == null) {
            throw invalid("initiator_password", "initiator_password is required with initiator_name (B2C needs both).");
        }
        String password = initiatorPassword == null ? null : secret(initiatorPassword, "initiator_password");
        if (password != null && (password.contains("(") || password.contains(")"))) {
            // Daraja documents '(' and ')' as refused in initiator passwords; better told now than by a failed payout
            throw invalid("initiator_password", "initiator_password must not contain '(' or ')': M-Pesa refuses them"
                    + " (the safe special characters are # & % $).");
        }
        return new DarajaCredentials(shortcode.strip(), type, till, env, secret(passkey, "passkey"),
                secret(consumerKey, "consumer_key"), secret(consumerSecret, "consumer_secret"),
                initiatorName == null ? null : secret(initiatorName, "initiator_name"), password);
    }

    /** Daraja's Buy Goods push pays PartyB = the till, while BusinessShortCode (and the password) is the store's. */
    private String tillNumber(ShortcodeType type) {
        if (type == ShortcodeType.PAYBILL) {
            if (tillNumber != null) {
                throw invalid("till_number", "till_number is only for shortcode_type till: a paybill has none"
                        + " (customers pay the shortcode itself).");
            }
            return null;
        }
        if (tillNumber == null || !SHORTCODE.matcher(tillNumber.strip()).matches()) {
            throw invalid("till_number", "till_number is required for a till: 5 to 7 digits, the number customers pay"
                    + " (shortcode is then the store number)" + (tillNumber == null ? "." : "; was '"
                    + bounded(tillNumber) + "'."));
        }
        return tillNumber.strip();
    }

    private static String secret(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw invalid(field, field + " is required.");
        }
        if (value.length() > MAX_SECRET) {
            throw invalid(field, field + " must be at most " + MAX_SECRET + " characters.");
        }
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw invalid(field, field + " must not contain spaces or control characters (a stray space or newline"
                    + " from copy and paste?); its value is not shown.");
        }
        return value;
    }

    @Override
    public String toString() {
        return "DarajaCredentialInput[shortcode=" + shortcode + ", till_number=" + tillNumber + ", secrets=****]";
    }
}
