package io.mpesagw.gateway.checkout.adapter.in.web;

import io.mpesagw.gateway.checkout.application.Checkout;
import java.time.Instant;

/** What the merchant's server gets once, when it opens a session: the client secret for the browser and the page's URL. */
record OpenedSessionResource(String id, String object, long amount, String currency, String reference,
                             String clientSecret, String url, Instant expiresAt) {

    static OpenedSessionResource of(Checkout.OpenedSession opened) {
        return new OpenedSessionResource(opened.session().id(), "checkout_session", opened.session().amount(), "KES",
                opened.session().reference(), opened.clientSecret(), opened.url(), opened.session().expiresAt());
    }

    @Override
    public String toString() {
        return "OpenedSessionResource[" + id + ", clientSecret=****]";
    }
}
