package io.mpesagw.callback.stk.application;

import io.mpesagw.callback.stk.domain.ReceivedCallback;

/** The table every delivered callback lands in, processed or not. */
public interface CallbackInbox {

    /**
     * Stores an accepted callback unless one with the same CheckoutRequestID is already accepted.
     * Atomic (a unique index, not a prior read), so two concurrent deliveries cannot both win.
     *
     * @return true when this delivery is the first accepted one
     */
    boolean storeIfFirstAccepted(ReceivedCallback callback);

    /** Stores a rejected or duplicate delivery. */
    void store(ReceivedCallback callback);
}
