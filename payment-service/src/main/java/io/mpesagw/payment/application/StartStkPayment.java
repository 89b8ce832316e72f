package io.mpesagw.payment.application;

import io.mpesagw.contracts.PaymentFailed;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.contracts.PaymentSubmitted;
import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.msisdn.KenyanMsisdn;
import io.mpesagw.payment.application.PaymentStore.Transition;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles a merchant's request for an STK push: record it, send it once, record what Daraja said.
 * The Daraja call happens between two transactions, never inside one (no connection held over HTTP).
 */
@Service
public class StartStkPayment {

    private static final Logger log = LoggerFactory.getLogger(StartStkPayment.class);

    private final PaymentStore payments;
    private final StkPushPort daraja;
    private final PaymentEventPort events;
    private final PaymentAuditPort audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public StartStkPayment(PaymentStore payments, StkPushPort daraja, PaymentEventPort events, PaymentAuditPort audit,
            TransactionTemplate transactions, Clock clock) {
        this.payments = payments;
        this.daraja = daraja;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void handle(RequestStkPush command) {
        Instant now = clock.instant();
        Payment payment = Payment.requested(command.paymentId(), command.merchantId(), command.amount(),
                command.msisdn(), command.accountReference(), command.description(), now);
        Boolean isNew = transactions.execute(tx -> payments.insertIfAbsent(payment, now));
        if (!Boolean.TRUE.equals(isNew)) {
            // A redelivered command: the push was already attempted. Resending could prompt twice.
            log.info("payment {} already requested; ignoring redelivered command", payment.id());
            return;
        }
        PushAttempt attempt = daraja.push(payment);
        transactions.executeWithoutResult(tx -> record(payment, attempt));
    }

    private void record(Payment payment, PushAttempt attempt) {
        Instant at = clock.instant();
        switch (attempt.result()) {
            case PushResult.Submitted submitted -> {
                if (payments.transition(payment.id(), new Transition(PaymentState.SUBMITTED,
                        submitted.checkoutRequestId(), submitted.merchantRequestId(), null, null, null, at,
                        "push accepted"))) {
                    events.publish(new PaymentSubmitted(Ids.newId("evt"), payment.id(), payment.merchantId(),
                            submitted.checkoutRequestId(), "Check your phone and enter your M-Pesa PIN.", at));
                }
            }
            case PushResult.Refused refused -> {
                log.warn("STK push for payment {} to {} refused: {} {}", payment.id(),
                        KenyanMsisdn.mask(payment.msisdn()), refused.darajaCode(), refused.reason());
                if (payments.transition(payment.id(), new Transition(PaymentState.FAILED, null, null,
                        "push_refused", refused.darajaCode(), null, at, "push_refused: " + refused.darajaCode()))) {
                    events.publish(new PaymentFailed(Ids.newId("evt"), payment.id(), payment.merchantId(),
                            PaymentStatus.FAILED, "push_refused", refused.darajaCode(),
                            "M-Pesa could not send the request to your phone. No money was taken.", at));
                }
            }
            case PushResult.Unclear unclear -> {
                log.warn("STK push for payment {} has an unclear outcome ({}); marking unknown, not resending",
                        payment.id(), unclear.reason());
                payments.transition(payment.id(), new Transition(PaymentState.UNKNOWN, null, null,
                        "push_outcome_unknown", null, null, at, "push_outcome_unknown: " + unclear.reason()));
            }
        }
        // After the transition: like a settling callback, lock the payment row first and its audit chain
        // second, so a callback overtaking this commit cannot deadlock with it.
        audit.stkPushExchanged(payment, attempt);
    }
}
