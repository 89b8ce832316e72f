package io.mpesagw.token.application;

import io.mpesagw.kit.web.ApiException;
import io.mpesagw.token.domain.CredentialSetName;
import io.mpesagw.token.domain.StoredCredentialSet;
import java.util.regex.Pattern;

/**
 * A credential set as a caller sends it (body of {@code PUT /internal/v1/credential-sets/{name}}).
 * {@link #validated} names the first wrong field as the JSON does, and never quotes a secret back.
 */
public record CredentialSetInput(String environment, String shortcode, String shortcodeType, String tillNumber,
                                 String passkey, String consumerKey, String consumerSecret, String initiatorName,
                                 String initiatorPassword) {

    private static final Pattern SHORTCODE = Pattern.compile("[0-9]{5,7}");
    private static final int MAX_SECRET = 256;

    /** @param deploymentEnvironment the Daraja environment of this deployment ({@code MPESA_ENV}) */
    public StoredCredentialSet validated(String name, String deploymentEnvironment) {
        if (!CredentialSetName.isValid(name)) {
            throw invalid("name", "The credential set name must be " + CredentialSetName.RULE + ".");
        }
        if (!"sandbox".equals(environment) && !"production".equals(environment)) {
            throw invalid("environment", "environment is required: 'sandbox' or 'production'.");
        }
        if (!environment.equals(deploymentEnvironment)) {
            throw invalid("environment", "environment must be '" + deploymentEnvironment + "': this deployment talks to"
                    + " Daraja " + deploymentEnvironment + ".");
        }
        if (shortcode == null || !SHORTCODE.matcher(shortcode).matches()) {
            throw invalid("shortcode", "shortcode is required: 5 to 7 digits (the paybill number, or a till's store number).");
        }
        if (!"paybill".equals(shortcodeType) && !"till".equals(shortcodeType)) {
            throw invalid("shortcodeType", "shortcodeType is required: 'paybill' or 'till'.");
        }
        // Daraja's Buy Goods push pays PartyB = the till while BusinessShortCode (and the password) is the store's.
        if ("till".equals(shortcodeType) && (tillNumber == null || !SHORTCODE.matcher(tillNumber).matches())) {
            throw invalid("tillNumber", "tillNumber is required for a till: 5 to 7 digits (the number customers pay;"
                    + " shortcode is then the store number).");
        }
        if ("paybill".equals(shortcodeType) && tillNumber != null) {
            throw invalid("tillNumber", "tillNumber is only for shortcodeType 'till': a paybill has no till number.");
        }
        String key = secret(passkey, "passkey");
        String consumer = secret(consumerKey, "consumerKey");
        String consumerSecretValue = secret(consumerSecret, "consumerSecret");
        if (initiatorName == null && initiatorPassword != null) {
            throw invalid("initiatorName", "initiatorName is required with initiatorPassword (B2C needs both), or send"
                    + " neither.");
        }
        if (initiatorName != null && initiatorPassword == null) {
            throw invalid("initiatorPassword", "initiatorPassword is required with initiatorName (B2C needs both), or send"
                    + " neither.");
        }
        return new StoredCredentialSet(name, environment, shortcode, shortcodeType, tillNumber, key, consumer,
                consumerSecretValue,
                initiatorName == null ? null : secret(initiatorName, "initiatorName"),
                initiatorPassword == null ? null : secret(initiatorPassword, "initiatorPassword"));
    }

    private static String secret(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " is required: not blank, at most " + MAX_SECRET + " characters.");
        }
        if (value.length() > MAX_SECRET) {
            throw invalid(field, field + " must be at most " + MAX_SECRET + " characters; its value is not shown.");
        }
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw invalid(field, field + " must not contain spaces or control characters (a stray space or newline"
                    + " from copy and paste?); its value is not shown.");
        }
        return value;
    }

    private static ApiException invalid(String param, String message) {
        return ApiException.invalidRequest("parameter_invalid", message, param);
    }

    @Override
    public String toString() {
        return "CredentialSetInput[" + environment + ", shortcode=" + shortcode + ", tillNumber=" + tillNumber
                + ", secrets=****]";
    }
}
