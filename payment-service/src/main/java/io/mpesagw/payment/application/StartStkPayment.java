package io.mpesagw.payment.application;

import io.mpesagw.contracts.PaymentFailed;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.contracts.PaymentSubmitted;
import io.mpesagw.contracts.PaymentUnknown;
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
    private final DarajaAccounts accounts;
    private final PaymentEventPort events;
    private final UnknownOutcome unknownOutcome;
    private final PaymentAuditPort audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public StartStkPayment(PaymentStore payments, StkPushPort daraja, DarajaAccounts accounts, PaymentEventPort events,
            PaymentAuditPort audit, TransactionTemplate transactions, Clock clock) {
        this.payments = payments;
        this.daraja = daraja;
        this.accounts = accounts;
        this.events = events;
        this.unknownOutcome = new UnknownOutcome(payments, events);
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void handle(RequestStkPush command) {
        Instant now = clock.instant();
        Payment payment = Payment.requested(command.paymentId(), command.merchantId(), command.amount(),
                command.msisdn(), command.accountReference(), command.description(), now, command.credentialSet());
        Boolean isNew = transactions.execute(tx -> payments.insertIfAbsent(payment, now));
        if (!Boolean.TRUE.equals(isNew)) {
            // A redelivered command: the push was already attempted. Resending could prompt twice.
            log.info("payment {} already requested; ignoring redelivered command", payment.id());
            return;
        }
        switch (accounts.lookUp(payment.credentialSet())) {
            case DarajaAccounts.AccountLookup.Found found -> {
                PushAttempt attempt = daraja.push(payment, found.account());
                transactions.executeWithoutResult(tx -> record(payment, attempt));
            }
            case DarajaAccounts.AccountLookup.Unknown unknown -> transactions.executeWithoutResult(tx -> notSent(payment,
                    DarajaAccounts.MERCHANT_CREDENTIALS_MISSING, null, "credential set " + unknown.credentialSet()
                            + " is not known to token-service",
                    "This merchant's M-Pesa account is not set up yet. No money was taken."));
            case DarajaAccounts.AccountLookup.Unavailable unavailable -> transactions.executeWithoutResult(tx ->
                    notSent(payment, "push_refused", "token_unavailable", unavailable.reason(),
                            "M-Pesa could not send the request to your phone. No money was taken."));
        }
    }

    /** Ends a payment whose push never left: its Daraja account could not be had. */
    private void notSent(Payment payment, String failureCode, String darajaCode, String reason, String message) {
        log.warn("STK push for payment {} not sent: {}: {}", payment.id(), failureCode, reason);
        Instant at = clock.instant();
        if (payments.transition(payment.id(), new Transition(PaymentState.FAILED, null, null, failureCode, darajaCode,
                null, at, failureCode + ": " + reason))) {
            events.publish(new PaymentFailed(Ids.newId("evt"), payment.id(), payment.merchantId(), PaymentStatus.FAILED,
                    failureCode, darajaCode, message, at));
        }
        audit.stkPushNotSent(payment, failureCode, reason);
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
                unknownOutcome.hold(payment, new Transition(PaymentState.UNKNOWN, null, null,
                        PaymentUnknown.PUSH_OUTCOME_UNCLEAR, null, null, at,
                        PaymentUnknown.PUSH_OUTCOME_UNCLEAR + ": " + unclear.reason()));
            }
        }
        // After the transition: like a settling callback, lock the payment row first and its audit chain
        // second, so a callback overtaking this commit cannot deadlock with it.
        audit.stkPushExchanged(payment, attempt);
    }
}
