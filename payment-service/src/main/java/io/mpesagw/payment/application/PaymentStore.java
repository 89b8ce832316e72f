package io.mpesagw.payment.application;

import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import java.time.Instant;
import java.util.Optional;

/** Where payments live. Transitions are guarded updates: they happen only from an allowed state. */
public interface PaymentStore {

    /** Records a newly requested payment; false if one with this id already exists (a redelivery). */
    boolean insertIfAbsent(Payment payment, Instant pushAttemptedAt);

    Optional<Payment> find(String paymentId);

    /**
     * Moves the payment to {@code change.state()} if its current state allows it, and records the move
     * (from, to, reason) in the audit trail in the same transaction; false, and nothing recorded, otherwise.
     */
    boolean transition(String paymentId, Transition change);

    /**
     * The facts a transition records. Null fields are left unchanged.
     *
     * @param reason why, for the audit trail: a failure code, a Daraja result code, "push accepted"
     */
    record Transition(PaymentState state, String checkoutRequestId, String merchantRequestId, String failureCode,
            String darajaResultCode, String mpesaReceipt, Instant at, String reason) {
    }
}
