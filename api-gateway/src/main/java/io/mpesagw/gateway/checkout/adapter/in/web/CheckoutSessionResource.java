package io.mpesagw.gateway.checkout.adapter.in.web;

import io.mpesagw.gateway.checkout.application.Checkout;
import io.mpesagw.gateway.checkout.application.Checkout.SessionState;

/** What the checkout page sees of a session; nothing about other payments or the merchant's keys. */
record CheckoutSessionResource(
        String id,
        long amount,
        String currency,
        String reference,
        String description,
        String merchantName,
        String status,
        Payment payment) {

    record Payment(String id, String status, String message, String mpesaReceipt, String watchToken) {
    }

    static CheckoutSessionResource of(SessionState state) {
        var s = state.session();
        Payment payment = state.payment().map(p -> new Payment(p.id(), p.status().wireName(), p.message(),
                p.mpesaReceipt(), state.watchToken())).orElse(null);
        return new CheckoutSessionResource(s.id(), s.amount(), "KES", s.reference(), s.description(),
                s.merchant().name(), Checkout.statusOf(state.payment()), payment);
    }
}
