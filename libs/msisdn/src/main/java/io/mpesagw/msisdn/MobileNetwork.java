package io.mpesagw.msisdn;

/**
 * The network a number was first allocated to. A hint only: numbers are portable, so a customer
 * may be warned but never refused because of it.
 */
public enum MobileNetwork {
    SAFARICOM, AIRTEL, TELKOM, EQUITEL, FAIBA, UNKNOWN;

    /** Lower-case code used in the shared test vectors and by checkout-ui, e.g. {@code safaricom}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @param nsn the 9-digit national significant number, e.g. {@code 712345678} */
    static MobileNetwork ofNationalNumber(String nsn) {
        int p3 = Integer.parseInt(nsn.substring(0, 3));
        if (p3 >= 110 && p3 <= 115 || p3 >= 700 && p3 <= 729 || p3 >= 740 && p3 <= 743
                || p3 == 745 || p3 == 746 || p3 == 748 || p3 >= 757 && p3 <= 759
                || p3 == 768 || p3 == 769 || p3 >= 790 && p3 <= 799) {
            return SAFARICOM;
        }
        if (p3 >= 100 && p3 <= 102 || p3 >= 730 && p3 <= 739 || p3 >= 750 && p3 <= 756
                || p3 == 762 || p3 >= 780 && p3 <= 789) {
            return AIRTEL;
        }
        if (p3 >= 770 && p3 <= 779) {
            return TELKOM;
        }
        if (p3 >= 763 && p3 <= 766) {
            return EQUITEL;
        }
        return p3 == 747 ? FAIBA : UNKNOWN;
    }
}
