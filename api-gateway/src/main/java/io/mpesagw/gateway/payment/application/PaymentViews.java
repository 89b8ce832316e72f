package io.mpesagw.gateway.payment.application;

import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.gateway.listing.Listing;
import io.mpesagw.gateway.payment.domain.PaymentView;
import java.util.Optional;

/** The gateway's store of payment views. */
public interface PaymentViews {

    void insert(PaymentView payment);

    Optional<PaymentView> find(String merchantId, String paymentId);

    Optional<PaymentView> find(String paymentId);

    /** Up to {@code limit} payments from the query's cursor, newest first, and whether more lie beyond. */
    Listing.Page<PaymentView> page(Listing.Query query);

    /** Applies a payment event; a final status is never overwritten. Returns false if nothing changed. */
    boolean apply(PaymentEvent event);
}
