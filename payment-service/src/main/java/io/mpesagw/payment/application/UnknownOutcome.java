package io.mpesagw.payment.application;

import io.mpesagw.contracts.PaymentUnknown;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.payment.application.PaymentStore.Transition;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import org.springframework.stereotype.Component;

/**
 * The one way a payment becomes unknown (nobody knows yet whether the customer paid): a guarded
 * transition and its {@link PaymentUnknown} event, in the caller's transaction, so the merchant and the
 * checkout page see "unknown" and why, not a stale "submitted". The reason is the transition's failure code.
 */
@Component
public class UnknownOutcome {

    private final PaymentStore payments;
    private final PaymentEventPort events;

    public UnknownOutcome(PaymentStore payments, PaymentEventPort events) {
        this.payments = payments;
        this.events = events;
    }

    /** Moves the payment to unknown if it is still open and publishes why; false (nothing written) otherwise. */
    public boolean hold(Payment payment, Transition change) {
        if (change.state() != PaymentState.UNKNOWN || change.failureCode() == null) {
            throw new IllegalArgumentException("an unknown outcome needs state UNKNOWN and a reason code, got " + change);
        }
        if (!payments.transition(payment.id(), change)) {
            return false;
        }
        events.publish(new PaymentUnknown(Ids.newId("evt"), payment.id(), payment.merchantId(), change.failureCode(),
                customerMessage(change.failureCode()), change.at()));
        return true;
    }

    /** Never claims a failure: money may have moved, so the customer must not pay again meanwhile. */
    static String customerMessage(String reasonCode) {
        if (PaymentUnknown.CALLBACK_MISMATCH.equals(reasonCode)) {
            return "We are confirming your payment with M-Pesa. Please do not pay again; the merchant will contact"
                    + " you if anything more is needed.";
        }
        return "We are confirming your payment with M-Pesa. Please do not pay again; this page updates by itself.";
    }
}
