package io.mpesagw.callback.result.application;

import io.mpesagw.callback.result.domain.ReceivedResult;

/** The table every Result and QueueTimeOut delivery lands in, processed or not. */
public interface ResultInbox {

    /**
     * Stores an accepted delivery unless one of its kind is already accepted with the same
     * OriginatorConversationID, ConversationID or receipt (or, carrying none, for the same payout).
     * Atomic (unique indexes, not a prior read), so two concurrent deliveries cannot both win.
     *
     * @return true when this delivery is the first accepted one
     */
    boolean storeIfFirstAccepted(ReceivedResult result);

    /** Stores a rejected or duplicate delivery. */
    void store(ReceivedResult result);
}
