package io.mpesagw.payment.application;

import io.mpesagw.payment.domain.Payment;

/** Sends a payment's STK push to Daraja (with token handling and safe retries inside). */
public interface StkPushPort {

    /** Pushes with {@code account}: its shortcode, passkey and access token. */
    PushAttempt push(Payment payment, DarajaAccount account);
}
