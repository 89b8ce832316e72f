package io.mpesagw.payment.application;

import io.mpesagw.payment.domain.Payment;
import java.time.Duration;

/** Asks Daraja how a payment's STK push ended (STK push query), with token handling inside. */
public interface StkQueryPort {

    /** {@code payment.checkoutRequestId()} must be set. */
    StkQueryAnswer query(Payment payment, DarajaAccount account);

    /** The longest one {@link #query} can take, token refresh and retry included: the janitor's claim lasts longer. */
    Duration longestQuery();
}
