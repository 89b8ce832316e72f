package io.mpesagw.payment.payout.application;

import io.mpesagw.payment.payout.domain.Payout;

/** The audit entries of payouts besides state transitions (which the store records itself). */
public interface PayoutAuditPort {

    void b2cExchanged(Payout payout, B2cPort.B2cSubmission answer);

    void statusQueried(Payout payout, StatusQueryPort.StatusQuery answer);

    /** A callback that changed nothing, and why (duplicate, mismatched ids, not final). */
    void callbackDisregarded(Payout payout, String callbackId, String decision);
}
