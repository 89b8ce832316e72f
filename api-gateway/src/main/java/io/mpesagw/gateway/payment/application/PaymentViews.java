package io.mpesagw.gateway.payment.application;

import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.gateway.payment.domain.PaymentView;
import java.util.Optional;

/** The gateway's store of payment views. */
public interface PaymentViews {

    void insert(PaymentView payment);

    Optional<PaymentView> find(String merchantId, String paymentId);

    Optional<PaymentView> find(String paymentId);

    /** Up to {@code limit} payments from the cursor, newest first, and whether more lie beyond. */
    PaymentListing.Page page(PaymentListing.Filter filter, PaymentListing.Cursor cursor, int limit);

    /** Applies a payment event; a final status is never overwritten. Returns false if nothing changed. */
    boolean apply(PaymentEvent event);
}
