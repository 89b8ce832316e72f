package io.mpesagw.daraja.result;

/**
 * A "public name" such as ReceiverPartyPublicName: {@code "254708374149 - John Doe"}, in production
 * sometimes {@code "0712345678 - JOHN DOE"}, or {@code "600000 - Safaricom"} for an organisation.
 * {@code identifier} is the part before " - " as sent; {@code name} the rest (case as sent).
 */
public record PartyName(String identifier, String name) {

    private static final String SEPARATOR = " - ";

    /** Null for null; text without " - " becomes a name without identifier. */
    public static PartyName parse(String publicName) {
        if (publicName == null || publicName.isBlank()) {
            return null;
        }
        int at = publicName.indexOf(SEPARATOR);
        if (at < 0) {
            return new PartyName(null, publicName.strip());
        }
        String name = publicName.substring(at + SEPARATOR.length()).strip();
        return new PartyName(publicName.substring(0, at).strip(), name.isEmpty() ? null : name);
    }

    /** The identifier in Daraja's 2547…/2541… form when it is a full phone number, else null. */
    public String msisdn() {
        if (identifier == null) {
            return null;
        }
        if (identifier.matches("254[71]\\d{8}")) {
            return identifier;
        }
        return identifier.matches("0[71]\\d{8}") ? "254" + identifier.substring(1) : null;
    }
}
