package io.mpesagw.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one STK payment, written down in one place.
 *
 * <pre>
 * requested ──push accepted──▶ submitted ──callback──▶ succeeded | failed | cancelled | expired
 *     │  └──push refused──────────────────────────────▶ failed
 *     └──push outcome unclear──▶ unknown ──query or late callback──▶ any final state
 * </pre>
 * A callback may overtake the commit of "submitted", so requested may also settle directly.
 * Final states never change.
 */
public enum PaymentState {
    REQUESTED, SUBMITTED, UNKNOWN, SUCCEEDED, FAILED, CANCELLED, EXPIRED;

    private static final Set<PaymentState> FINAL = EnumSet.of(SUCCEEDED, FAILED, CANCELLED, EXPIRED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public boolean canMoveTo(PaymentState next) {
        return switch (this) {
            case REQUESTED -> next != REQUESTED;
            case SUBMITTED -> next == UNKNOWN || next.isFinal();
            case UNKNOWN -> next.isFinal();
            case SUCCEEDED, FAILED, CANCELLED, EXPIRED -> false;
        };
    }

    /** The states a payment may be in for a move to {@code next} to be allowed (for guarded updates). */
    public static Set<PaymentState> allowedBefore(PaymentState next) {
        Set<PaymentState> from = EnumSet.noneOf(PaymentState.class);
        for (PaymentState state : values()) {
            if (state.canMoveTo(next)) {
                from.add(state);
            }
        }
        return from;
    }
}
