package io.mpesagw.gateway.payment.application;

import java.time.Instant;

/**
 * The phones with an STK prompt in flight. Daraja refuses a second push to such a phone ("Unable to lock
 * subscriber"), so the gateway lets one payment hold a phone at a time and refuses the next with 409.
 */
public interface PhonePrompts {

    /**
     * Marks the phone busy with this payment until {@code until}, in the caller's transaction; false if
     * another payment holds it past {@code now}. A concurrent hold on the same phone waits for this one's
     * transaction and then sees it, so two pushes can never both hold one phone.
     */
    boolean hold(String msisdn, String paymentId, Instant now, Instant until);

    /** Frees the phone this payment holds, if it still holds one (its outcome arrived). */
    void release(String paymentId);
}
