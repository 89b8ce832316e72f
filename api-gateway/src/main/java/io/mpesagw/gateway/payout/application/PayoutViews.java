package io.mpesagw.gateway.payout.application;

import io.mpesagw.contracts.PayoutEvent;
import io.mpesagw.gateway.listing.Listing;
import io.mpesagw.gateway.payout.domain.PayoutView;
import java.util.Optional;

/** The gateway's store of payout views. */
public interface PayoutViews {

    void insert(PayoutView payout);

    Optional<PayoutView> find(String merchantId, String payoutId);

    /** Up to {@code limit} payouts from the query's cursor, newest first, and whether more lie beyond. */
    Listing.Page<PayoutView> page(Listing.Query query);

    /** Applies a payout event; a final status is never overwritten. Returns false if nothing changed. */
    boolean apply(PayoutEvent event);
}
