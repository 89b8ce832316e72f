package io.mpesagw.payment.payout.application;

import io.mpesagw.contracts.PayoutEvent;

/** Publishes payout events; must be called inside the transaction that made the change (an outbox). */
public interface PayoutEventPort {

    void publish(PayoutEvent event);
}
