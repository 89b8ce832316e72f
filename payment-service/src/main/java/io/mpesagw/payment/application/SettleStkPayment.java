package io.mpesagw.payment.application;

import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.payment.application.PaymentStore.Transition;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import io.mpesagw.payment.domain.StkOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a payment from Safaricom's STK callback. Redelivered or late callbacks change nothing; a
 * payment whose push response was lost (no CheckoutRequestID) is settled by its callback too, which
 * reaches it through the payment id in the callback URL and must match its amount and phone.
 */
@Service
public class SettleStkPayment {

    private static final Logger log = LoggerFactory.getLogger(SettleStkPayment.class);

    private final PaymentStore payments;
    private final PaymentSettlement settlement;
    private final UnknownOutcome unknownOutcome;
    private final PaymentAuditPort audit;
    private final MeterRegistry metrics;
    private final Clock clock;

    public SettleStkPayment(PaymentStore payments, PaymentSettlement settlement, UnknownOutcome unknownOutcome,
            PaymentAuditPort audit, MeterRegistry metrics, Clock clock) {
        this.payments = payments;
        this.settlement = settlement;
        this.unknownOutcome = unknownOutcome;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    public void handle(StkCallbackReceived callback) {
        Payment payment = payments.find(callback.paymentId())
                .orElseThrow(() -> new PaymentNotYetKnownException(callback.paymentId()));
        if (payment.state().isFinal()) {
            ignoreLate(payment, callback);
            return;
        }
        if (payment.isFlagged()) {
            log.warn("payment {} is flagged ({}); callback {} changes nothing, a person settles it",
                    payment.id(), payment.failureCode(), callback.callbackId());
            return;
        }
        if (payment.checkoutRequestId() != null && !payment.checkoutRequestId().equals(callback.checkoutRequestId())) {
            log.warn("callback {} names checkout request {} but payment {} has {}; flagged, not settled",
                    callback.callbackId(), callback.checkoutRequestId(), payment.id(), payment.checkoutRequestId());
            metrics.counter("payments.callback.mismatch", "reason", "checkout_request_id").increment();
            return;
        }
        StkOutcome outcome = settlement.outcomeOf(callback.resultCode());
        if (outcome.state() == PaymentState.SUCCEEDED && !matchesPayment(callback, payment)) {
            settleAsMismatch(payment, callback);
            return;
        }
        settlement.settle(payment, outcome, new Transition(outcome.state(), callback.checkoutRequestId(),
                callback.merchantRequestId(), outcome.failureCode(), callback.resultCode(),
                callback.mpesaReceiptNumber(), clock.instant(), reasonOf(outcome, callback, payment)));
    }

    /**
     * A final state never changes. A success reported after the payment ended otherwise (expired by the
     * janitor, say) means money moved that we will not credit: flagged for a person, loudly.
     */
    private void ignoreLate(Payment payment, StkCallbackReceived callback) {
        if (callback.succeeded() && payment.state() != PaymentState.SUCCEEDED) {
            log.error("callback {} reports payment {} paid (receipt {}) after it ended {}; not credited, flagged",
                    callback.callbackId(), payment.id(), callback.mpesaReceiptNumber(), payment.state());
            metrics.counter("payments.callback.late_success", "state", payment.state().name().toLowerCase(Locale.ROOT)).increment();
            audit.lateSuccessFlagged(payment, callback);
            return;
        }
        log.info("payment {} is already {}; callback {} changes nothing", payment.id(), payment.state(),
                callback.callbackId());
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
        unknownOutcome.hold(payment, new Transition(PaymentState.UNKNOWN, callback.checkoutRequestId(),
                callback.merchantRequestId(), PaymentStore.CALLBACK_MISMATCH, callback.resultCode(),
                callback.mpesaReceiptNumber(), clock.instant(),
                PaymentStore.CALLBACK_MISMATCH + ": Daraja result " + callback.resultCode()
                        + " for another amount or phone"));
    }

    private static String reasonOf(StkOutcome outcome, StkCallbackReceived callback, Payment payment) {
        String daraja = "Daraja result " + callback.resultCode()
                + (payment.checkoutRequestId() == null ? " (callback matched after the push response was lost)" : "");
        return outcome.failureCode() == null ? daraja : outcome.failureCode() + ": " + daraja;
    }
}
