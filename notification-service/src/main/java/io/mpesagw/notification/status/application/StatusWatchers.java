package io.mpesagw.notification.status.application;

import io.mpesagw.notification.status.domain.PaymentStatusView;

/** Whoever is watching a payment live (the checkout page) and must hear about every change. */
public interface StatusWatchers {

    void statusChanged(PaymentStatusView view);
}
