package io.mpesagw.daraja.initiator;

/** What kind of party an identifier names (Transaction Status, Account Balance, Reversal). */
public enum IdentifierType {
    MSISDN("1"),
    TILL_NUMBER("2"),
    SHORT_CODE("4"),
    /** Reversal's RecieverIdentifierType per the current docs; older samples send "4". */
    ORGANISATION_SHORT_CODE("11");

    private final String code;

    IdentifierType(String code) {
        this.code = code;
    }

    /** The value exactly as Daraja expects it, a string. */
    public String code() {
        return code;
    }
}
