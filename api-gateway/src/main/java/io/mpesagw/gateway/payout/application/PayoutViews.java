package io.mpesagw.gateway.payout.application;

import io.mpesagw.contracts.PayoutEvent;
import io.mpesagw.gateway.payout.domain.PayoutView;
import java.util.Optional;

/** The gateway's store of payout views. */
public interface PayoutViews {

    void insert(PayoutView payout);

    Optional<PayoutView> find(String merchantId, String payoutId);

    /** Applies a payout event; a final status is never overwritten. Returns false if nothing changed. */
    boolean apply(PayoutEvent event);
}
