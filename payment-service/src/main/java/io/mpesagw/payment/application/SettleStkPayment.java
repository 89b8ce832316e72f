package io.mpesagw.payment.application;

import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.PaymentFailed;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.contracts.PaymentSucceeded;
import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.payment.application.PaymentStore.Transition;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import io.mpesagw.payment.domain.StkOutcome;
import io.mpesagw.payment.domain.StkResultCodes;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settles a payment from Safaricom's STK callback. Redelivered or late callbacks change nothing. */
@Service
public class SettleStkPayment {

    private static final Logger log = LoggerFactory.getLogger(SettleStkPayment.class);

    private final PaymentStore payments;
    private final PaymentEventPort events;
    private final MeterRegistry metrics;
    private final Clock clock;

    public SettleStkPayment(PaymentStore payments, PaymentEventPort events, MeterRegistry metrics, Clock clock) {
        this.payments = payments;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    public void handle(StkCallbackReceived callback) {
        Payment payment = payments.find(callback.paymentId())
                .orElseThrow(() -> new PaymentNotYetKnownException(callback.paymentId()));
        if (payment.state().isFinal()) {
            log.info("payment {} is already {}; callback {} changes nothing", payment.id(), payment.state(),
                    callback.callbackId());
            return;
        }
        if (payment.checkoutRequestId() != null && !payment.checkoutRequestId().equals(callback.checkoutRequestId())) {
            log.warn("callback {} names checkout request {} but payment {} has {}; flagged, not settled",
                    callback.callbackId(), callback.checkoutRequestId(), payment.id(), payment.checkoutRequestId());
            metrics.counter("payments.callback.mismatch", "reason", "checkout_request_id").increment();
            return;
        }
        StkOutcome outcome = StkResultCodes.outcomeOf(callback.resultCode());
        if (!outcome.recognised()) {
            metrics.counter("payments.result_code.unrecognised", "code", callback.resultCode()).increment();
        }
        if (outcome.state() == PaymentState.SUCCEEDED && !matchesPayment(callback, payment)) {
            settleAsMismatch(payment, callback);
            return;
        }
        Instant at = clock.instant();
        Transition change = new Transition(outcome.state(), callback.checkoutRequestId(), callback.merchantRequestId(),
                outcome.failureCode(), callback.resultCode(), callback.mpesaReceiptNumber(), at,
                reasonOf(outcome, callback));
        if (payments.transition(payment.id(), change)) {
            events.publish(eventFor(payment, outcome, callback, at));
        }
    }

    private static boolean matchesPayment(StkCallbackReceived callback, Payment payment) {
        boolean amountMatches = callback.amount() != null
                && callback.amount().compareTo(BigDecimal.valueOf(payment.amount())) == 0;
        boolean phoneMatches = callback.phoneNumber() == null || callback.phoneNumber().equals(payment.msisdn());
        return amountMatches && phoneMatches;
    }

    private void settleAsMismatch(Payment payment, StkCallbackReceived callback) {
        // Money moved, but not the money we asked for: flag for a person, never credit automatically.
        log.error("callback {} for payment {} does not match it (amount {} vs {}); flagged as unknown",
                callback.callbackId(), payment.id(), callback.amount(), payment.amount());
        metrics.counter("payments.callback.mismatch", "reason", "amount_or_phone").increment();
        payments.transition(payment.id(), new Transition(PaymentState.UNKNOWN, callback.checkoutRequestId(),
                callback.merchantRequestId(), "callback_mismatch", callback.resultCode(),
                callback.mpesaReceiptNumber(), clock.instant(),
                "callback_mismatch: Daraja result " + callback.resultCode() + " for another amount or phone"));
    }

    private static String reasonOf(StkOutcome outcome, StkCallbackReceived callback) {
        String daraja = "Daraja result " + callback.resultCode();
        return outcome.failureCode() == null ? daraja : outcome.failureCode() + ": " + daraja;
    }

    private static PaymentEvent eventFor(Payment payment, StkOutcome outcome, StkCallbackReceived callback, Instant at) {
        String eventId = Ids.newId("evt");
        if (outcome.state() == PaymentState.SUCCEEDED) {
            return new PaymentSucceeded(eventId, payment.id(), payment.merchantId(), payment.amount(),
                    callback.mpesaReceiptNumber(), outcome.customerMessage(), at);
        }
        PaymentStatus status = switch (outcome.state()) {
            case CANCELLED -> PaymentStatus.CANCELLED;
            case EXPIRED -> PaymentStatus.EXPIRED;
            default -> PaymentStatus.FAILED;
        };
        return new PaymentFailed(eventId, payment.id(), payment.merchantId(), status, outcome.failureCode(),
                callback.resultCode(), outcome.customerMessage(), at);
    }
}
