package io.mpesagw.payment.application;

import io.mpesagw.contracts.PaymentEvent;

/** Publishes payment events; must be called inside the transaction of the state change. */
public interface PaymentEventPort {

    void publish(PaymentEvent event);
}
