package io.mpesagw.gateway.merchant.domain;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A merchant's own Daraja app and shortcode. The shortcode, its type, the till number and the environment
 * are not secret; every {@link SecretField} is: it is passed on to token-service and never stored by the gateway.
 *
 * @param shortcode         the paybill number, or a till's store (head-office) number: Daraja's BusinessShortCode,
 *                          and the number the STK password is made from
 * @param tillNumber        the till customers pay (Daraja's PartyB for Buy Goods); set exactly for a till
 * @param initiatorName     the B2C/initiator API user; null (with its password) for a merchant without payouts
 */
public record DarajaCredentials(String shortcode, ShortcodeType shortcodeType, String tillNumber,
                                Environment environment, String passkey, String consumerKey, String consumerSecret, String initiatorName,
                                String initiatorPassword) {

    /** Paybill: customers pay to the shortcode itself. Till (Buy Goods): they pay the till, under the store number. */
    public enum ShortcodeType {
        PAYBILL, TILL;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Environment {
        SANDBOX, PRODUCTION;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The secret fields, by the name the admin API and the table's {@code fields_set} use. */
    public enum SecretField {
        PASSKEY, CONSUMER_KEY, CONSUMER_SECRET, INITIATOR_NAME, INITIATOR_PASSWORD;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DarajaCredentials {
        Objects.requireNonNull(shortcode, "shortcode");
        Objects.requireNonNull(shortcodeType, "shortcodeType");
        if ((shortcodeType == ShortcodeType.TILL) != (tillNumber != null)) {
            throw new IllegalArgumentException("a till number goes with a till, and only with a till");
        }
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(passkey, "passkey");
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
        if ((initiatorName == null) != (initiatorPassword == null)) {
            throw new IllegalArgumentException("an initiator needs both its name and its password");
        }
    }

    /** The secret fields that have a value, in a fixed order. */
    public Map<SecretField, String> secrets() {
        Map<SecretField, String> secrets = new EnumMap<>(SecretField.class);
        secrets.put(SecretField.PASSKEY, passkey);
        secrets.put(SecretField.CONSUMER_KEY, consumerKey);
        secrets.put(SecretField.CONSUMER_SECRET, consumerSecret);
        if (initiatorName != null) {
            secrets.put(SecretField.INITIATOR_NAME, initiatorName);
            secrets.put(SecretField.INITIATOR_PASSWORD, initiatorPassword);
        }
        return secrets;
    }

    @Override
    public String toString() {
        return "DarajaCredentials[shortcode=" + shortcode + ", " + shortcodeType.wireName()
                + (tillNumber == null ? "" : " " + tillNumber) + ", "
                + environment.wireName() + ", secrets=****]";
    }
}
