package io.mpesagw.contracts;

import com.fasterxml.jackson.annotation.JsonValue;

/** Payout states as the public API and the events spell them. */
public enum PayoutStatus {
    PENDING("pending"),
    SUBMITTED("submitted"),
    /** Daraja may or may not have paid: settled by a Transaction Status query, never by resending. */
    UNKNOWN("unknown"),
    SUCCEEDED("succeeded"),
    FAILED("failed");

    private final String wireName;

    PayoutStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED;
    }

    public static PayoutStatus fromWireName(String name) {
        for (PayoutStatus status : values()) {
            if (status.wireName.equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown payout status '" + name + "'");
    }
}
