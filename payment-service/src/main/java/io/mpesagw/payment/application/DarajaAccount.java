package io.mpesagw.payment.application;

import java.util.Objects;

/**
 * One Daraja credential set as the calls about a payment or payout need it: the shortcode, how
 * customers pay it, the STK passkey and the B2C initiator. Holds secrets: {@link #toString()} masks them.
 *
 * @param credentialSet the set's name: also the name token-service issues its access tokens under
 * @param shortcode     the paybill, or a till's store (head-office) number: STK's BusinessShortCode, and the
 *                      number the STK password is made from
 * @param tillNumber    the till customers pay (STK's PartyB for Buy Goods); set exactly for a till
 * @param b2cShortcode  PartyA of payouts and status queries; null when payouts are not set up
 * @param initiator     the B2C/Transaction Status API user; null when payouts are not set up
 */
public record DarajaAccount(String credentialSet, String shortcode, ShortcodeType shortcodeType, String tillNumber,
                            String passkey, String b2cShortcode, Initiator initiator) {

    /** Paybill: customers pay the shortcode itself. Till: Buy Goods, they pay the till under its store number. */
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
        if ((shortcodeType == ShortcodeType.TILL) != (tillNumber != null)) {
            throw new IllegalArgumentException("a till number goes with a till, and only with a till");
        }
    }

    /** Who is paid (STK's PartyB): the paybill itself, or the till (Daraja: BusinessShortCode stays the store's). */
    public String payee() {
        return switch (shortcodeType) {
            case PAYBILL -> shortcode;
            case TILL -> tillNumber;
        };
    }

    /** Whether this set can pay out: a B2C shortcode and an initiator. */
    public boolean paysOut() {
        return b2cShortcode != null && initiator != null;
    }

    @Override
    public String toString() {
        return "DarajaAccount[credentialSet=" + credentialSet + ", shortcode=" + shortcode + ", " + shortcodeType
                + (tillNumber == null ? "" : " " + tillNumber) + ", b2cShortcode=" + b2cShortcode + ", passkey=****,"
                + " initiator=" + initiator + "]";
    }
}
