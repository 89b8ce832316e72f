package io.mpesagw.payment.application;

import java.util.Objects;

/**
 * One Daraja credential set as the calls about a payment or payout need it: the shortcode, how
 * customers pay it, the STK passkey and the B2C initiator. Holds secrets: {@link #toString()} masks them.
 *
 * @param credentialSet the set's name: also the name token-service issues its access tokens under
 * @param b2cShortcode  PartyA of payouts and status queries; null when payouts are not set up
 * @param initiator     the B2C/Transaction Status API user; null when payouts are not set up
 */
public record DarajaAccount(String credentialSet, String shortcode, ShortcodeType shortcodeType, String passkey,
                            String b2cShortcode, Initiator initiator) {

    /** Paybill: customers pay the shortcode itself. Till: Buy Goods, the shortcode is the till's store number. */
    public enum ShortcodeType {
        PAYBILL, TILL
    }

    /** The API operator payouts are made as. */
    public record Initiator(String name, String password) {

        public Initiator {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Initiator[name=" + name + ", password=****]";
        }
    }

    public DarajaAccount {
        Objects.requireNonNull(credentialSet, "credentialSet");
        Objects.requireNonNull(shortcode, "shortcode");
        Objects.requireNonNull(shortcodeType, "shortcodeType");
        Objects.requireNonNull(passkey, "passkey");
    }

    /** Whether this set can pay out: a B2C shortcode and an initiator. */
    public boolean paysOut() {
        return b2cShortcode != null && initiator != null;
    }

    @Override
    public String toString() {
        return "DarajaAccount[credentialSet=" + credentialSet + ", shortcode=" + shortcode + ", " + shortcodeType
                + ", b2cShortcode=" + b2cShortcode + ", passkey=****, initiator=" + initiator + "]";
    }
}
