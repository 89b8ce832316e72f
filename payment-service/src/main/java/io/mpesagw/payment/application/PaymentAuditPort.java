package io.mpesagw.payment.application;

import io.mpesagw.payment.domain.Payment;

/**
 * Records what payment-service did in the audit trail; must be called inside the transaction of the
 * state change it explains. State transitions are recorded by {@link PaymentStore#transition} itself.
 */
public interface PaymentAuditPort {

    /** The STK push exchange with Daraja, masked: request summary and outcome. */
    void stkPushExchanged(Payment payment, PushAttempt attempt);
}
