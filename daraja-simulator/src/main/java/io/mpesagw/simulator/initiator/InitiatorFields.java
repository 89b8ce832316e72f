package io.mpesagw.simulator.initiator;

import io.mpesagw.simulator.daraja.DarajaRejection;
import io.mpesagw.simulator.daraja.RequestFields;
import java.util.regex.Pattern;

/** Field rules the initiator APIs share (daraja-facts.md sections 6.1 and 7). */
public final class InitiatorFields {

    public static final Pattern SHORTCODE = Pattern.compile("\\d{5,7}");
    public static final Pattern MSISDN = Pattern.compile("254(7|1)\\d{8}");
    /** A shortcode, a till or an MSISDN: what PartyA may be when IdentifierType says which. */
    public static final Pattern PARTY = Pattern.compile("\\d{5,12}");
    /** Daraja FAQ: KES 250 000 per transaction. */
    public static final long MAX_AMOUNT = 250_000;
    private static final int MAX_NAME = 64;
    private static final int MAX_CREDENTIAL = 1024;
    private static final int MIN_REMARKS = 2;
    private static final int MAX_REMARKS = 100;
    private static final int MAX_OCCASION = 100;

    private InitiatorFields() {
    }

    /**
     * The API user's name, under the field name the API uses: B2C says {@code InitiatorName}, the
     * others {@code Initiator}. Sending the other spelling is the classic mistake, and Daraja then
     * reports the field it expected as invalid.
     */
    public static String initiator(RequestFields fields, String fieldName) {
        return fields.text(fieldName, MAX_NAME);
    }

    public static String securityCredential(RequestFields fields) {
        return fields.text("SecurityCredential", MAX_CREDENTIAL);
    }

    /** Remarks: required, 2-100 characters. */
    public static String remarks(RequestFields fields) {
        String remarks = fields.text("Remarks", MAX_REMARKS);
        if (remarks.strip().length() < MIN_REMARKS) {
            throw DarajaRejection.invalidField("Remarks");
        }
        return remarks;
    }

    /** An optional Occasion under the given spelling ("Occasion" or B2C v3's "Occassion"); "" when absent. */
    public static String occasion(RequestFields fields, String fieldName) {
        return fields.optionalText(fieldName, MAX_OCCASION);
    }
}
