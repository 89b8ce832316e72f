package io.mpesagw.payment.application;

import io.mpesagw.payment.application.PaymentStore.Transition;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.ReconciliationSchedule;
import io.mpesagw.payment.domain.StkOutcome;
import io.mpesagw.payment.domain.StkResultCodes;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles payments whose callback never came (Kill Bill's janitor is the model). A payment with a
 * CheckoutRequestID is STK-queried on {@link ReconciliationSchedule}: a final answer settles it through
 * the same guarded transition as a callback; "being processed" or no answer asks again later, and
 * "being processed" after the prompt expired ends it expired. A payment without one cannot be queried
 * and ends {@code no_confirmation} once its prompt expired (and this instance has listened for callbacks
 * that long), unless its callback settled it first. Never
 * pushes again. Every decision goes to the audit trail; several instances share the work (claims).
 */
@Service
public class PaymentJanitor {

    private static final Logger log = LoggerFactory.getLogger(PaymentJanitor.class);
    private static final int MAX_PER_RUN = 200;

    private final PaymentStore payments;
    private final StkQueryPort daraja;
    private final DarajaAccounts accounts;
    private final PaymentSettlement settlement;
    private final PaymentAuditPort audit;
    private final TransactionTemplate transactions;
    private final ReconciliationSchedule schedule;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Duration claim;
    private final Instant listeningSince;

    public PaymentJanitor(PaymentStore payments, StkQueryPort daraja, DarajaAccounts accounts,
            PaymentSettlement settlement, PaymentAuditPort audit, TransactionTemplate transactions,
            ReconciliationSettings settings, MeterRegistry metrics, Clock clock) {
        this.payments = payments;
        this.daraja = daraja;
        this.accounts = accounts;
        this.settlement = settlement;
        this.audit = audit;
        this.transactions = transactions;
        this.schedule = settings.schedule();
        this.metrics = metrics;
        this.clock = clock;
        // outlives the query it covers, so no other instance queries the same payment meanwhile
        this.claim = daraja.longestQuery().plusSeconds(10);
        this.listeningSince = clock.instant();
    }

    /** One pass: every payment due now, one at a time; returns how many were looked at. */
    public int reconcileDuePayments() {
        int handled = 0;
        while (handled < MAX_PER_RUN) {
            Instant now = clock.instant();
            Optional<DuePayment> due = transactions.execute(tx -> payments.claimNextDue(cutoffsAt(now)));
            if (due == null || due.isEmpty()) {
                break;
            }
            handled++;
            try {
                reconcile(due.get());
            } catch (RuntimeException e) {
                // the claim runs out and the payment is due again: nothing is lost, only delayed
                log.warn("janitor could not reconcile payment {}: {}", due.get().payment().id(), e.toString());
            }
        }
        return handled;
    }

    /**
     * A payment without a CheckoutRequestID can only be settled by its callback, and callbacks that came
     * while no instance was consuming (a restart) still wait in Kafka: this instance ends such a payment
     * only once it has itself been listening for a whole prompt expiry.
     */
    private PaymentStore.DueCutoffs cutoffsAt(Instant now) {
        Instant endIfPushedBefore = now.minus(schedule.promptExpiry());
        if (endIfPushedBefore.isBefore(listeningSince)) {
            endIfPushedBefore = Instant.EPOCH;
        }
        return new PaymentStore.DueCutoffs(now, now.minus(schedule.queryAfter()), endIfPushedBefore, now.plus(claim));
    }

    private void reconcile(DuePayment due) {
        Payment payment = due.payment();
        if (payment.checkoutRequestId() == null) {
            transactions.executeWithoutResult(tx -> end(payment, StkResultCodes.NO_CONFIRMATION, null,
                    "no_confirmation: no CheckoutRequestID to query and no callback before the prompt expired"));
            return;
        }
        StkQueryAnswer answer = switch (accounts.lookUp(payment.credentialSet())) {
            case DarajaAccounts.AccountLookup.Found found -> daraja.query(payment, found.account());
            // the set vanished after the push was sent: the outcome is still out there, so ask again later
            case DarajaAccounts.AccountLookup.Unknown unknown -> new StkQueryAnswer.Unavailable(
                    DarajaAccounts.MERCHANT_CREDENTIALS_MISSING + ": credential set " + unknown.credentialSet());
            case DarajaAccounts.AccountLookup.Unavailable unavailable -> new StkQueryAnswer.Unavailable(unavailable.reason());
        };
        Instant at = clock.instant();
        transactions.executeWithoutResult(tx -> apply(due, answer, at));
    }

    private void apply(DuePayment due, StkQueryAnswer answer, Instant at) {
        Payment payment = due.payment();
        String decision = switch (answer) {
            case StkQueryAnswer.Final result -> {
                StkOutcome outcome = settlement.outcomeOf(result.resultCode());
                boolean settled = end(payment, outcome, result.resultCode(), "settled by query: "
                        + (outcome.failureCode() == null ? "" : outcome.failureCode() + ": ")
                        + "Daraja result " + result.resultCode());
                yield settled ? "settled " + outcome.state().name().toLowerCase(Locale.ROOT)
                        : "nothing to do: settled meanwhile";
            }
            case StkQueryAnswer.StillProcessing processing when schedule.hasExpired(due.pushAttemptedAt(), at) -> {
                boolean ended = end(payment, StkResultCodes.UNANSWERED_BEFORE_EXPIRY, null,
                        "prompt_expired: Daraja still processing after the prompt expiry");
                yield ended ? "expired: still processing after the prompt expiry" : "nothing to do: settled meanwhile";
            }
            case StkQueryAnswer.StillProcessing processing -> queryAgain(due, at);
            case StkQueryAnswer.Unavailable unavailable -> queryAgain(due, at);
        };
        metrics.counter("payments.janitor.queries", "answer", answer.getClass().getSimpleName()).increment();
        audit.stkQueryExchanged(payment, answer, decision);
    }

    private String queryAgain(DuePayment due, Instant at) {
        Instant next = schedule.nextQueryAt(due.claims(), due.pushAttemptedAt(), at);
        return payments.scheduleNextCheck(due.payment().id(), next) ? "query again at " + next
                : "nothing to do: settled meanwhile";
    }

    private boolean end(Payment payment, StkOutcome outcome, String darajaResultCode, String reason) {
        boolean ended = settlement.settle(payment, outcome, new Transition(outcome.state(), null, null,
                outcome.failureCode(), darajaResultCode, null, clock.instant(), reason));
        if (ended) {
            metrics.counter("payments.janitor.settled", "state", outcome.state().name().toLowerCase(Locale.ROOT),
                    "failure_code", outcome.failureCode() == null ? "none" : outcome.failureCode()).increment();
            log.info("janitor: payment {} {}", payment.id(), reason);
        }
        return ended;
    }
}
