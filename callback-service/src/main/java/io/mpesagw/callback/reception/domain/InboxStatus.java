package io.mpesagw.callback.reception.domain;

/** What became of one delivered callback. */
public enum InboxStatus {
    /** The first valid delivery for its key (CheckoutRequestID; a Result's ids and receipt): it was published. */
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
