package io.mpesagw.msisdn;

/** The result of reading a phone number someone typed: a canonical MSISDN, or why it is not one. */
public sealed interface MsisdnParse {

    /** A Kenyan mobile number in Daraja's form, {@code 2547XXXXXXXX} or {@code 2541XXXXXXXX}. */
    record Accepted(String msisdn, MobileNetwork likelyNetwork) implements MsisdnParse {
    }

    /**
     * Not a number Daraja can prompt.
     *
     * @param reason stable machine-readable reason
     * @param message names what was received and what is accepted
     */
    record Rejected(RejectionReason reason, String message) implements MsisdnParse {
    }
}
