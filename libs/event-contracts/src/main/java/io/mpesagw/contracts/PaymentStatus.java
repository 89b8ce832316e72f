package io.mpesagw.contracts;

import com.fasterxml.jackson.annotation.JsonValue;

/** Payment states as the public API and the events spell them. */
public enum PaymentStatus {
    PENDING("pending"),
    SUBMITTED("submitted"),
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    CANCELLED("cancelled"),
    EXPIRED("expired"),
    UNKNOWN("unknown");

    private final String wireName;

    PaymentStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Terminal states never change again. */
    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == EXPIRED;
    }

    /**
     * Whether a view showing this status may move to {@code next}. Only forward (pending, submitted,
     * unknown, then a final status): an event that arrives late never moves a payment back, and a final
     * status never changes.
     */
    public boolean mayMoveTo(PaymentStatus next) {
        return stage(next) > stage(this);
    }

    private static int stage(PaymentStatus status) {
        return switch (status) {
            case PENDING -> 0;
            case SUBMITTED -> 1;
            case UNKNOWN -> 2;
            case SUCCEEDED, FAILED, CANCELLED, EXPIRED -> 3;
        };
    }

    public static PaymentStatus fromWireName(String name) {
        for (PaymentStatus status : values()) {
            if (status.wireName.equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown payment status '" + name + "'");
    }
}
