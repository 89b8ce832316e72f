package io.mpesagw.payment.payout.application;

import io.mpesagw.payment.payout.domain.Payout;
import io.mpesagw.payment.payout.domain.PayoutState;
import java.time.Instant;
import java.util.Optional;

/** Where payouts live. Transitions are guarded updates: they happen only from an allowed state. */
public interface PayoutStore {

    /** Records a new payout (the janitor looks at it from {@code firstQueryAt}); false if it exists (a redelivery). */
    boolean insertIfAbsent(Payout payout, Instant firstQueryAt);

    Optional<Payout> find(String payoutId);

    /** Moves the payout if its state allows it and audits the move in the same transaction; false otherwise. */
    boolean transition(String payoutId, Transition change);

    /** Claims one open payout whose status query is due, skipping rows other instances hold, until {@code claimUntil}. */
    Optional<Payout> claimNextDue(Instant now, Instant claimUntil);

    /**
     * The facts a transition records; null fields are left unchanged.
     *
     * @param nextStatusQueryAt when the janitor asks Transaction Status next; cleared when the state is final
     * @param reason why, for the audit trail
     */
    record Transition(PayoutState state, String conversationId, String failureCode, String darajaResultCode,
            String mpesaReceipt, Instant nextStatusQueryAt, Instant at, String reason) {
    }
}
