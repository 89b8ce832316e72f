package io.mpesagw.payment.application;

import io.mpesagw.payment.domain.Payment;

/** Sends a payment's STK push to Daraja (with token handling and safe retries inside). */
public interface StkPushPort {

    PushAttempt push(Payment payment);
}
