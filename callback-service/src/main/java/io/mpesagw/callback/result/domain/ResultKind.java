package io.mpesagw.callback.result.domain;

/** Which URL of an initiator API request a callback was posted to; each kind is deduplicated on its own. */
public enum ResultKind {
    /** A B2C payment's ResultURL: paid, or failed with a code. */
    B2C_RESULT("b2c_result"),
    /** A B2C payment's QueueTimeOutURL: outcome unknown, settle it with Transaction Status. */
    B2C_TIMEOUT("b2c_timeout"),
    /** A Transaction Status query's ResultURL. */
    STATUS_RESULT("status_result"),
    /** A Transaction Status query's QueueTimeOutURL: the query went unanswered. */
    STATUS_TIMEOUT("status_timeout");

    private final String wireName;

    ResultKind(String wireName) {
        this.wireName = wireName;
    }

    /** As stored in {@code result_callbacks.kind} and in the {@code type} tag of the callback counter. */
    public String wireName() {
        return wireName;
    }
}
