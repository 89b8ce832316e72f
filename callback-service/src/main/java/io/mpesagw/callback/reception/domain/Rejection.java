package io.mpesagw.callback.reception.domain;

/** Why a callback was quarantined. */
public enum Rejection {
    SOURCE_NOT_ALLOWED("source_not_allowed", true),
    PATH_TOKEN_MISMATCH("path_token_mismatch", true),
    MALFORMED_BODY("malformed_body", false);

    private final String code;
    private final boolean mismatch;

    Rejection(String code, boolean mismatch) {
        this.code = code;
        this.mismatch = mismatch;
    }

    public String code() {
        return code;
    }

    /**
     * A mismatch means the caller may not be Safaricom (it may be refused with 403 if so configured);
     * a malformed body from a legitimate caller is always acknowledged, so it is not re-sent forever.
     */
    public boolean isMismatch() {
        return mismatch;
    }
}
