package io.mpesagw.payment.payout.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The B2C payout state machine, written down once. UNKNOWN means money may have moved: it is left only
 * by a Result or a Transaction Status answer, never by sending the payment again.
 */
public enum PayoutState {
    /** Stored with its OriginatorConversationID; the B2C request may be on its way. */
    REQUESTED,
    /** Daraja queued it; the Result will follow. */
    SUBMITTED,
    UNKNOWN,
    SUCCEEDED,
    FAILED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED;
    }

    /** The states a payout may move to {@code target} from; a Result may overtake the sync answer's commit. */
    public static Set<PayoutState> allowedBefore(PayoutState target) {
        return switch (target) {
            case REQUESTED -> EnumSet.noneOf(PayoutState.class);
            case SUBMITTED -> EnumSet.of(REQUESTED);
            case UNKNOWN -> EnumSet.of(REQUESTED, SUBMITTED);
            case SUCCEEDED, FAILED -> EnumSet.of(REQUESTED, SUBMITTED, UNKNOWN);
        };
    }

    public boolean canMoveTo(PayoutState next) {
        return allowedBefore(next).contains(this);
    }
}
