package io.mpesagw.daraja.c2b;

/** The answer to a C2B validation request: accept, or reject with one of Daraja's C2B000xx codes. */
public enum C2bValidationReply {
    ACCEPT("0", "Accepted"),
    INVALID_MSISDN("C2B00011", "Rejected"),
    INVALID_ACCOUNT_NUMBER("C2B00012", "Rejected"),
    INVALID_AMOUNT("C2B00013", "Rejected"),
    INVALID_KYC_DETAILS("C2B00014", "Rejected"),
    INVALID_SHORTCODE("C2B00015", "Rejected"),
    OTHER_ERROR("C2B00016", "Rejected");

    private final String resultCode;
    private final String resultDesc;

    C2bValidationReply(String resultCode, String resultDesc) {
        this.resultCode = resultCode;
        this.resultDesc = resultDesc;
    }

    public String resultCode() {
        return resultCode;
    }

    /** E.g. {@code {"ResultCode":"C2B00012","ResultDesc":"Rejected"}}. */
    public String json() {
        return "{\"ResultCode\":\"" + resultCode + "\",\"ResultDesc\":\"" + resultDesc + "\"}";
    }
}
