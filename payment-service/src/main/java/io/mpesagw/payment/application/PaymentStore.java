package io.mpesagw.payment.application;

import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import java.time.Instant;
import java.util.Optional;

/** Where payments live. Transitions are guarded updates: they happen only from an allowed state. */
public interface PaymentStore {

    /** Failure code of a payment whose callback did not match it: flagged for a person, never settled automatically. */
    String CALLBACK_MISMATCH = Payment.CALLBACK_MISMATCH;

    /** Records a newly requested payment; false if one with this id already exists (a redelivery). */
    boolean insertIfAbsent(Payment payment, Instant pushAttemptedAt);

    Optional<Payment> find(String paymentId);

    /**
     * Moves the payment to {@code change.state()} if its current state allows it, and records the move
     * (from, to, reason) in the audit trail in the same transaction; false, and nothing recorded, otherwise.
     */
    boolean transition(String paymentId, Transition change);

    /**
     * Claims one open payment the janitor should look at now, skipping rows another instance holds: one
     * that was due before ({@code next_reconcile_at}), else one with a CheckoutRequestID pushed before
     * {@code cutoffs.queryIfPushedBefore()}, or one without (the push response was lost, or the service
     * died mid-push) pushed before {@code cutoffs.endIfPushedBefore()}. Flagged payments are never due.
     * The claim lasts until {@code cutoffs.claimUntil()}: if this instance dies, another takes over then.
     */
    Optional<DuePayment> claimNextDue(DueCutoffs cutoffs);

    /** What makes a payment due for the janitor at {@code now}; see {@link #claimNextDue}. */
    record DueCutoffs(Instant now, Instant queryIfPushedBefore, Instant endIfPushedBefore, Instant claimUntil) {
    }

    /** Sets when the janitor next looks at a payment that is still open; false if it is final by now. */
    boolean scheduleNextCheck(String paymentId, Instant at);

    /**
     * The facts a transition records. Null fields are left unchanged.
     *
     * @param reason why, for the audit trail: a failure code, a Daraja result code, "push accepted"
     */
    record Transition(PaymentState state, String checkoutRequestId, String merchantRequestId, String failureCode,
            String darajaResultCode, String mpesaReceipt, Instant at, String reason) {
    }
}
