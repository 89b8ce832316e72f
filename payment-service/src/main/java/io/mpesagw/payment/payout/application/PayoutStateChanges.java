package io.mpesagw.payment.payout.application;

import io.mpesagw.contracts.PayoutFailed;
import io.mpesagw.contracts.PayoutSucceeded;
import io.mpesagw.contracts.PayoutUnknown;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.payment.payout.application.PayoutStore.Transition;
import io.mpesagw.payment.payout.domain.Payout;
import io.mpesagw.payment.payout.domain.PayoutState;
import io.mpesagw.payment.payout.domain.PayoutVerdict;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The moves every payout use case shares: each a guarded transition plus its event, in the caller's transaction. */
@Component
public class PayoutStateChanges {

    private final PayoutStore payouts;
    private final PayoutEventPort events;

    public PayoutStateChanges(PayoutStore payouts, PayoutEventPort events) {
        this.payouts = payouts;
        this.events = events;
    }

    /** Applies a final verdict; false for {@link PayoutVerdict.Unsettled} or when the payout already ended. */
    public boolean settle(Payout payout, PayoutVerdict verdict, Instant at, String reason) {
        return switch (verdict) {
            case PayoutVerdict.Paid paid -> {
                boolean moved = payouts.transition(payout.id(), new Transition(PayoutState.SUCCEEDED, null, null, null,
                        paid.mpesaReceipt(), null, at, reason));
                if (moved) {
                    events.publish(new PayoutSucceeded(Ids.newId("evt"), payout.id(), payout.merchantId(),
                            payout.amount(), paid.mpesaReceipt(), at));
                }
                yield moved;
            }
            case PayoutVerdict.Declined declined -> {
                boolean moved = payouts.transition(payout.id(), new Transition(PayoutState.FAILED, null,
                        declined.failureCode(), declined.darajaResultCode(), null, null, at, reason));
                if (moved) {
                    events.publish(new PayoutFailed(Ids.newId("evt"), payout.id(), payout.merchantId(),
                            declined.failureCode(), declined.darajaResultCode(), declined.message(), at));
                }
                yield moved;
            }
            case PayoutVerdict.Unsettled unsettled -> false;
        };
    }

    /** Money may have moved: from now on only Transaction Status settles it, first asked at {@code queryAt}. */
    public boolean markUnknown(Payout payout, String reason, Instant at, Instant queryAt) {
        boolean moved = payouts.transition(payout.id(), new Transition(PayoutState.UNKNOWN, null, null, null, null,
                queryAt, at, reason));
        if (moved) {
            events.publish(new PayoutUnknown(Ids.newId("evt"), payout.id(), payout.merchantId(), reason, at));
        }
        return moved;
    }
}
