package io.mpesagw.payment.payout.application;

import io.mpesagw.payment.payout.domain.Payout;

/** The audit entries of payouts besides state transitions (which the store records itself). */
public interface PayoutAuditPort {

    void b2cExchanged(Payout payout, B2cPort.B2cSubmission answer);

    /** A B2C request never sent, as the credential set could not be had, and the payout's end ({@code failureCode}). */
    void b2cNotSent(Payout payout, String failureCode, String reason);

    void statusQueried(Payout payout, StatusQueryPort.StatusQuery answer);

    /** A callback that changed nothing, and why (duplicate, mismatched ids, not final). */
    void callbackDisregarded(Payout payout, String callbackId, String decision);
}
