package io.mpesagw.payment.application;

import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.payment.domain.Payment;

/**
 * Records what payment-service did in the audit trail; must be called inside the transaction of the
 * state change it explains. State transitions are recorded by {@link PaymentStore#transition} itself.
 */
public interface PaymentAuditPort {

    /** The STK push exchange with Daraja, masked: request summary and outcome. */
    void stkPushExchanged(Payment payment, PushAttempt attempt);

    /** An STK push never sent, as the credential set could not be had, and the payment's end ({@code failureCode}). */
    void stkPushNotSent(Payment payment, String failureCode, String reason);

    /** An STK query the janitor made, what Daraja answered, and what the janitor decided from it. */
    void stkQueryExchanged(Payment payment, StkQueryAnswer answer, String decision);

    /** A success callback for a payment that had already ended otherwise: not credited, for a person to look at. */
    void lateSuccessFlagged(Payment payment, StkCallbackReceived callback);
}
