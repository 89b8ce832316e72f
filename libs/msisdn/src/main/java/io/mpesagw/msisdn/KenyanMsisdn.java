package io.mpesagw.msisdn;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Reads Kenyan phone numbers in the forms people type or paste and returns Daraja's canonical
 * {@code 254XXXXXXXXX}. Validation of the mobile ranges is libphonenumber's; the pre-cleaning here
 * covers what libphonenumber does not (Kenya's international prefix is 000, so a pasted
 * {@code 00254...} would otherwise fail).
 */
public final class KenyanMsisdn {

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u200B-\\u200D\\u2060\\uFEFF\\-./()\"'\\u2010-\\u2015]");
    private static final Pattern DIGITS_AND_PLUS = Pattern.compile("\\+?\\d+");
    private static final String ACCEPTED = "a Kenyan mobile number such as 0712345678, +254712345678 or 254112345678";

    private KenyanMsisdn() {
    }

    public static MsisdnParse parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return new MsisdnParse.Rejected(RejectionReason.EMPTY, "phone number is empty; expected " + ACCEPTED);
        }
        String cleaned = clean(typed);
        if (!DIGITS_AND_PLUS.matcher(cleaned).matches()) {
            return rejected(RejectionReason.LETTERS, typed, "contains characters other than digits");
        }
        String international = toInternational(cleaned);
        if (international.startsWith("+") && !international.startsWith("+254")) {
            return rejected(RejectionReason.OTHER_COUNTRY, typed, "is not a Kenyan number");
        }
        return classify(typed, international);
    }

    /** The canonical MSISDN, or an {@link IllegalArgumentException} carrying the rejection message. */
    public static String normalise(String typed) {
        return switch (parse(typed)) {
            case MsisdnParse.Accepted accepted -> accepted.msisdn();
            case MsisdnParse.Rejected rejected -> throw new IllegalArgumentException(rejected.message());
        };
    }

    /** Masks a number for logs: {@code 254708374149} becomes {@code 2547****149}. */
    public static String mask(String msisdn) {
        if (msisdn == null || msisdn.length() < 8) {
            return "****";
        }
        return msisdn.substring(0, 4) + "****" + msisdn.substring(msisdn.length() - 3);
    }

    private static String clean(String typed) {
        // NFKC turns full-width and other compatibility digits into ASCII ones.
        String text = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
        if (text.regionMatches(true, 0, "tel:", 0, 4)) {
            text = text.substring(4);
        }
        text = SEPARATORS.matcher(text).replaceAll("");
        StringBuilder digits = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> digits.append(Character.isDigit(cp)
                ? (char) ('0' + Character.digit(cp, 10)) : (char) cp));
        return digits.toString();
    }

    private static String toInternational(String cleaned) {
        if (cleaned.startsWith("+")) {
            return cleaned;
        }
        if (cleaned.startsWith("000")) {
            return "+" + cleaned.substring(3);
        }
        if (cleaned.startsWith("00")) {
            return "+" + cleaned.substring(2);
        }
        if (cleaned.startsWith("254") && cleaned.length() >= 12) {
            return "+" + cleaned;
        }
        return cleaned;
    }

    private static MsisdnParse classify(String typed, String number) {
        String national = number.startsWith("+254") ? number.substring(4) : number;
        national = national.startsWith("0") ? national.substring(1) : national;
        if (national.length() < 9) {
            return rejected(RejectionReason.TOO_SHORT, typed, "has too few digits");
        }
        if (national.length() > 9) {
            return rejected(RejectionReason.TOO_LONG, typed, "has too many digits");
        }
        if (national.startsWith("8") || national.startsWith("9")) {
            return rejected(RejectionReason.NOT_A_MOBILE_NUMBER, typed, "is a toll-free or premium-rate number");
        }
        try {
            PhoneNumber parsed = PHONE_NUMBERS.parse("+254" + national, "KE");
            if (!PHONE_NUMBERS.isValidNumberForRegion(parsed, "KE")) {
                return rejected(RejectionReason.INVALID, typed, "is not an allocated Kenyan number");
            }
            if (PHONE_NUMBERS.getNumberType(parsed) != PhoneNumberType.MOBILE) {
                return rejected(RejectionReason.NOT_A_MOBILE_NUMBER, typed, "is not a mobile number");
            }
        } catch (NumberParseException e) {
            return rejected(RejectionReason.INVALID, typed, "cannot be read as a phone number");
        }
        return new MsisdnParse.Accepted("254" + national, MobileNetwork.ofNationalNumber(national));
    }

    private static MsisdnParse.Rejected rejected(RejectionReason reason, String typed, String why) {
        return new MsisdnParse.Rejected(reason, "phone number '" + typed.strip() + "' " + why + "; expected " + ACCEPTED);
    }
}
