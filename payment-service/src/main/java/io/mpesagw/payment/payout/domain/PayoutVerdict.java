package io.mpesagw.payment.payout.domain;

/** What a Result or a Transaction Status answer says about a payout. */
public sealed interface PayoutVerdict {

    /** The customer was paid. */
    record Paid(String mpesaReceipt) implements PayoutVerdict {
    }

    /** No money moved. */
    record Declined(String failureCode, String darajaResultCode, String message) implements PayoutVerdict {
    }

    /** Not settled by this answer: ask again later. */
    record Unsettled(String reason) implements PayoutVerdict {
    }
}
