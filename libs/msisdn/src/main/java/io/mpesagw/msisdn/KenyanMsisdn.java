package io.mpesagw.msisdn;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/**
 * Reads Kenyan phone numbers in the forms people type or paste and returns Daraja's canonical
 * {@code 254XXXXXXXXX}. Which numbers are Kenyan mobiles is libphonenumber's call; the pre-cleaning
 * here covers what libphonenumber does not (Kenya's international prefix is 000, so a pasted
 * {@code 00254...} would otherwise fail). Rejection messages never echo a number unmasked.
 */
public final class KenyanMsisdn {

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    private static final Pattern DIGITS_AND_PLUS = Pattern.compile("\\+?\\d*");
    private static final int KENYA = 254;
    private static final String COUNTRY_CODE = "254";
    private static final int NSN_LENGTH = 9;
    static final String ACCEPTED = "a Kenyan mobile number such as 0712345678, +254712345678 or 254112345678";

    private KenyanMsisdn() {
    }

    public static MsisdnParse parse(String typed) {
        String cleaned = typed == null ? "" : TypedNumber.clean(typed);
        if (cleaned.isEmpty()) {
            return new MsisdnParse.Rejected(RejectionReason.EMPTY, "phone number is empty; expected " + ACCEPTED);
        }
        if (!DIGITS_AND_PLUS.matcher(cleaned).matches()) {
            return rejectedLetters(cleaned);
        }
        String digits = cleaned.startsWith("+") ? cleaned.substring(1) : cleaned;
        if (!cleaned.startsWith("+") && digits.startsWith("0254") && digits.length() == 13) {
            return rejected(RejectionReason.INVALID, cleaned, "has a 0 before the country code 254");
        }
        String international = internationalDigits(cleaned);
        if (international == null) {
            return classify(cleaned, stripTrunkZero(digits));
        }
        // "+25" is on its way to +254 (the checkout page checks as the customer types).
        if (COUNTRY_CODE.startsWith(international)) {
            return rejected(RejectionReason.TOO_SHORT, cleaned, "has no number after the international prefix");
        }
        if (international.startsWith("0")) {
            return rejected(RejectionReason.INVALID, cleaned, "has no country code after the international prefix");
        }
        if (!international.startsWith(COUNTRY_CODE)) {
            return rejected(RejectionReason.OTHER_COUNTRY, cleaned, "is not a Kenyan (+254) number");
        }
        return classify(cleaned, stripTrunkZero(international.substring(3)));
    }

    /** The canonical MSISDN, or an {@link IllegalArgumentException} carrying the rejection message. */
    public static String normalise(String typed) {
        return switch (parse(typed)) {
            case MsisdnParse.Accepted accepted -> accepted.msisdn();
            case MsisdnParse.Rejected rejected -> throw new IllegalArgumentException(rejected.message());
        };
    }

    /** Masks a number for logs: {@code 254708374149} becomes {@code 2547****149}; short input shows nothing. */
    public static String mask(String msisdn) {
        if (msisdn == null || msisdn.length() < 8) {
            return "****";
        }
        return msisdn.substring(0, 4) + "****" + msisdn.substring(msisdn.length() - 3);
    }

    /**
     * Digits after an international prefix (+, 00, 000), or the whole of a bare 254 number longer than a
     * national number (no Kenyan national number starts 254: numbers starting 2 are landlines, typed with
     * their trunk 0), else null.
     */
    private static String internationalDigits(String cleaned) {
        if (cleaned.startsWith("+")) {
            return cleaned.substring(1);
        }
        if (cleaned.startsWith("000")) {
            return cleaned.substring(3);
        }
        if (cleaned.startsWith("00")) {
            return cleaned.substring(2);
        }
        return cleaned.startsWith(COUNTRY_CODE) && cleaned.length() > NSN_LENGTH ? cleaned : null;
    }

    private static String stripTrunkZero(String number) {
        return number.startsWith("0") ? number.substring(1) : number;
    }

    private static MsisdnParse classify(String cleaned, String nsn) {
        RejectionReason kind = knownNonMobileKind(nsn);
        if (kind != null) {
            return rejected(kind, cleaned, "is a " + kind.code().replace('_', '-') + " number, not a mobile number");
        }
        if (nsn.length() < NSN_LENGTH) {
            return rejected(RejectionReason.TOO_SHORT, cleaned, "has too few digits (" + nsn.length() + " after 0 or 254, 9 needed)");
        }
        if (nsn.length() > NSN_LENGTH) {
            return rejected(RejectionReason.TOO_LONG, cleaned, "has too many digits (" + nsn.length() + " after 0 or 254, 9 needed)");
        }
        PhoneNumber number = new PhoneNumber().setCountryCode(KENYA).setNationalNumber(Long.parseLong(nsn));
        if (nsn.startsWith("0") || !PHONE_NUMBERS.isValidNumberForRegion(number, "KE")
                || PHONE_NUMBERS.getNumberType(number) != PhoneNumberUtil.PhoneNumberType.MOBILE) {
            return rejected(RejectionReason.INVALID, cleaned, "is not in a Kenyan mobile range");
        }
        return new MsisdnParse.Accepted("254" + nsn, MobileNetwork.ofNationalNumber(nsn));
    }

    /** A valid Kenyan landline, toll-free or premium number deserves a better answer than "invalid". */
    private static RejectionReason knownNonMobileKind(String nsn) {
        if (nsn.isEmpty() || nsn.startsWith("0") || nsn.length() > 12) {
            return null;
        }
        PhoneNumber number = new PhoneNumber().setCountryCode(KENYA).setNationalNumber(Long.parseLong(nsn));
        if (!PHONE_NUMBERS.isValidNumberForRegion(number, "KE")) {
            return null;
        }
        return switch (PHONE_NUMBERS.getNumberType(number)) {
            case FIXED_LINE -> RejectionReason.LANDLINE;
            case TOLL_FREE -> RejectionReason.TOLL_FREE;
            case PREMIUM_RATE -> RejectionReason.PREMIUM;
            default -> null;
        };
    }

    /** Names the first character that is not a digit (a '+' counts only in first place), never the rest. */
    private static MsisdnParse.Rejected rejectedLetters(String cleaned) {
        int at = 0;
        while (Character.isDigit(cleaned.charAt(at)) || at == 0 && cleaned.charAt(at) == '+') {
            at++;
        }
        int offending = cleaned.codePointAt(at);
        String shown = offending > 0x20 && offending < 0x7F || Character.isLetter(offending)
                ? "'" + Character.toString(offending) + "'" : String.format("U+%04X", offending);
        return new MsisdnParse.Rejected(RejectionReason.LETTERS, "phone number contains " + shown
                + ", which is not a digit; expected " + ACCEPTED);
    }

    private static MsisdnParse.Rejected rejected(RejectionReason reason, String cleaned, String why) {
        return new MsisdnParse.Rejected(reason, "phone number " + mask(cleaned) + " " + why + "; expected " + ACCEPTED);
    }
}
