package io.mpesagw.token.domain;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A merchant's Daraja app and shortcode as kept by the vault (stored through the internal API, not
 * configured). The name, environment, shortcode, its type and the till number are not secret; every
 * {@link SecretField} is.
 *
 * @param shortcode      the paybill number, or a till's store (head-office) number: Daraja's BusinessShortCode
 * @param shortcodeType  {@code paybill} or {@code till}
 * @param tillNumber     the till customers pay (Daraja's PartyB); set exactly when the type is {@code till}
 * @param initiatorName  the B2C initiator; null (with its password) for a merchant without payouts
 */
public record StoredCredentialSet(String name, String environment, String shortcode, String shortcodeType,
                                  String tillNumber, String passkey, String consumerKey, String consumerSecret,
                                  String initiatorName, String initiatorPassword) {

    /** The secret fields, by the names the summary's {@code fieldsSet} and the table use. */
    public enum SecretField {
        CONSUMER_KEY, CONSUMER_SECRET, INITIATOR_NAME, INITIATOR_PASSWORD, PASSKEY;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public StoredCredentialSet {
        if (!CredentialSetName.isValid(name)) {
            throw new IllegalArgumentException("a credential set name must be " + CredentialSetName.RULE);
        }
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(shortcode, "shortcode");
        Objects.requireNonNull(shortcodeType, "shortcodeType");
        if ("till".equals(shortcodeType) != (tillNumber != null)) {
            throw new IllegalArgumentException("a till number goes with a till, and only with a till");
        }
        Objects.requireNonNull(passkey, "passkey");
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
        if ((initiatorName == null) != (initiatorPassword == null)) {
            throw new IllegalArgumentException("an initiator needs both its name and its password");
        }
    }

    /** The secret fields that have a value, in wire-name order. */
    public Map<SecretField, String> secrets() {
        Map<SecretField, String> secrets = new EnumMap<>(SecretField.class);
        secrets.put(SecretField.CONSUMER_KEY, consumerKey);
        secrets.put(SecretField.CONSUMER_SECRET, consumerSecret);
        if (initiatorName != null) {
            secrets.put(SecretField.INITIATOR_NAME, initiatorName);
            secrets.put(SecretField.INITIATOR_PASSWORD, initiatorPassword);
        }
        secrets.put(SecretField.PASSKEY, passkey);
        return secrets;
    }

    @Override
    public String toString() {
        return "StoredCredentialSet[" + name + ", " + environment + ", shortcode=" + shortcode + " (" + shortcodeType
                + (tillNumber == null ? "" : ", till " + tillNumber) + "), secrets=****]";
    }
}
