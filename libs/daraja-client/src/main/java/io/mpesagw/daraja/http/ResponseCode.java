package io.mpesagw.daraja.http;

/** The sync {@code ResponseCode}: a string, "0" (v1 APIs) or "00000000" (C2B v2 register, 2026). */
public final class ResponseCode {

    private ResponseCode() {
    }

    /** True for "0", "00000000" or a numeric 0; false for anything else, including null. */
    public static boolean accepted(String responseCode) {
        return responseCode != null && responseCode.matches("0+");
    }
}
