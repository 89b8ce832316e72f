package io.mpesagw.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one STK payment, written down in one place.
 *
 * <pre>
 * requested ──push accepted──▶ submitted ──callback, or the janitor's STK query──▶ succeeded | failed | cancelled | expired
 *     │  └──push refused──────────────────────────────▶ failed
 *     └──push outcome unclear──▶ unknown (push_outcome_unclear) ──late callback──▶ any final state
 *                                   └──no callback by the prompt expiry (janitor)──▶ expired (no_confirmation)
 * submitted ──still "being processed" at the prompt expiry (janitor)──▶ expired (prompt_expired)
 * submitted | requested ──callback for another amount or phone──▶ unknown (callback_mismatch: held for a person)
 * </pre>
 * A callback may overtake the commit of "submitted", so requested may also settle directly; a payment
 * left requested by a crash mid-push is treated like an unknown one. Final states never change. Every
 * move publishes its event (PaymentSubmitted, PaymentUnknown with the reason, PaymentSucceeded, PaymentFailed).
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
