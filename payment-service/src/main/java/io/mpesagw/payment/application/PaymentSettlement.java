package io.mpesagw.payment.application;

import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.PaymentFailed;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.contracts.PaymentSucceeded;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.payment.application.PaymentStore.Transition;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import io.mpesagw.payment.domain.StkOutcome;
import io.mpesagw.payment.domain.StkResultCodes;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one way a payment reaches a final state, whoever learned the outcome (callback or janitor):
 * a guarded transition and its event, in the caller's transaction.
 */
@Component
public class PaymentSettlement {

    private static final Logger log = LoggerFactory.getLogger(PaymentSettlement.class);
    /** Daraja's codes are short; anything else is tagged "other" so a broken peer cannot flood the metrics. */
    private static final Pattern TAGGABLE_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,16}");

    private final PaymentStore payments;
    private final PaymentEventPort events;
    private final MeterRegistry metrics;

    public PaymentSettlement(PaymentStore payments, PaymentEventPort events, MeterRegistry metrics) {
        this.payments = payments;
        this.events = events;
        this.metrics = metrics;
    }

    /** What a Daraja result code means; a code we do not know fails the payment and raises the alert metric. */
    public StkOutcome outcomeOf(String resultCode) {
        StkOutcome outcome = StkResultCodes.outcomeOf(resultCode);
        if (!outcome.recognised()) {
            String code = resultCode == null ? "" : resultCode.strip();
            log.error("unrecognised Daraja STK result code '{}': payment failed, look at it", code);
            metrics.counter("payments.result_code.unrecognised", "code",
                    TAGGABLE_CODE.matcher(code).matches() ? code : "other").increment();
        }
        return outcome;
    }

    /**
     * Moves the payment to {@code change.state()} if it is still open and publishes the event that says
     * so; false (nothing written) if another path settled it first.
     */
    public boolean settle(Payment payment, StkOutcome outcome, Transition change) {
        if (!payments.transition(payment.id(), change)) {
            return false;
        }
        events.publish(eventFor(payment, outcome, change));
        return true;
    }

    private static PaymentEvent eventFor(Payment payment, StkOutcome outcome, Transition change) {
        String eventId = Ids.newId("evt");
        if (outcome.state() == PaymentState.SUCCEEDED) {
            return new PaymentSucceeded(eventId, payment.id(), payment.merchantId(), payment.amount(),
                    change.mpesaReceipt(), outcome.customerMessage(), change.at());
        }
        PaymentStatus status = switch (outcome.state()) {
            case CANCELLED -> PaymentStatus.CANCELLED;
            case EXPIRED -> PaymentStatus.EXPIRED;
            default -> PaymentStatus.FAILED;
        };
        return new PaymentFailed(eventId, payment.id(), payment.merchantId(), status, outcome.failureCode(),
                change.darajaResultCode(), outcome.customerMessage(), change.at());
    }
}
