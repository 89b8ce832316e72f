package io.mpesagw.simulator.c2b;

/** The two documented C2B API versions; they differ in the register answer and the MSISDN they reveal. */
public enum C2bApiVersion {

    V1("0"),
    // A 2026 sandbox capture of v2 Register URL answered with eight zeros.
    V2("00000000");

    private final String registerResponseCode;

    C2bApiVersion(String registerResponseCode) {
        this.registerResponseCode = registerResponseCode;
    }

    String registerResponseCode() {
        return registerResponseCode;
    }

    /** v1 (sandbox) sends the full MSISDN; v2 masks it, e.g. {@code 2547 ***** 126}. */
    String msisdnAsSent(String msisdn) {
        return switch (this) {
            case V1 -> msisdn;
            case V2 -> msisdn.substring(0, 4) + " ***** " + msisdn.substring(msisdn.length() - 3);
        };
    }
}
