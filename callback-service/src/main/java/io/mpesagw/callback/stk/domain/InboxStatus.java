package io.mpesagw.callback.stk.domain;

/** What became of one delivered callback. */
public enum InboxStatus {
    /** The first valid delivery for its CheckoutRequestID; its result went to payment-service. */
    ACCEPTED("accepted"),
    /** Quarantined: never processed (see {@link Rejection}). */
    REJECTED("rejected"),
    /** A valid repeat of an accepted callback; stored for audit, not processed again. */
    DUPLICATE("duplicate");

    private final String wireName;

    InboxStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
