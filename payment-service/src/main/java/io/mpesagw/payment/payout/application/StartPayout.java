package io.mpesagw.payment.payout.application;

import io.mpesagw.contracts.PayoutSubmitted;
import io.mpesagw.contracts.RequestPayout;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.payment.application.DarajaAccounts;
import io.mpesagw.payment.application.DarajaAccounts.AccountLookup;
import io.mpesagw.payment.payout.application.B2cPort.B2cSubmission;
import io.mpesagw.payment.payout.application.PayoutStore.Transition;
import io.mpesagw.payment.payout.domain.Payout;
import io.mpesagw.payment.payout.domain.PayoutState;
import io.mpesagw.payment.payout.domain.PayoutVerdict;
import io.mpesagw.payment.payout.domain.StatusQuerySchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles a merchant's payout: commit it with a fresh OriginatorConversationID, send it once, record
 * the sync answer. The Daraja call sits between the two transactions, never inside one.
 */
@Service
public class StartPayout {

    private static final Logger log = LoggerFactory.getLogger(StartPayout.class);

    private final PayoutStore payouts;
    private final B2cPort b2c;
    private final DarajaAccounts accounts;
    private final PayoutStateChanges changes;
    private final PayoutEventPort events;
    private final PayoutAuditPort audit;
    private final StatusQuerySchedule schedule;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public StartPayout(PayoutStore payouts, B2cPort b2c, DarajaAccounts accounts, PayoutStateChanges changes,
            PayoutEventPort events, PayoutAuditPort audit, PayoutSettings settings, TransactionTemplate transactions,
            Clock clock) {
        this.payouts = payouts;
        this.b2c = b2c;
        this.accounts = accounts;
        this.changes = changes;
        this.events = events;
        this.audit = audit;
        this.schedule = settings.schedule();
        this.transactions = transactions;
        this.clock = clock;
    }

    public void handle(RequestPayout command) {
        Instant now = clock.instant();
        Payout payout = Payout.requested(command.payoutId(), command.merchantId(), command.amount(), command.msisdn(),
                command.reference(), command.remarks(), command.occasion(), UUID.randomUUID().toString(), now,
                command.credentialSet());
        Boolean isNew = transactions.execute(tx -> payouts.insertIfAbsent(payout, schedule.firstQueryAt(now)));
        if (!Boolean.TRUE.equals(isNew)) {
            // A redelivered command: the payout was already sent, or may have been. Sending again could pay twice.
            log.info("payout {} already requested; ignoring redelivered command", payout.id());
            return;
        }
        switch (accounts.lookUp(payout.credentialSet())) {
            case AccountLookup.Found found -> {
                B2cSubmission answer = b2c.send(payout, found.account());
                transactions.executeWithoutResult(tx -> record(payout, answer));
            }
            case AccountLookup.Unknown unknown -> transactions.executeWithoutResult(tx -> notSent(payout,
                    new PayoutVerdict.Declined(DarajaAccounts.MERCHANT_CREDENTIALS_MISSING, null,
                            "This merchant's M-Pesa account is not set up yet; no money moved."),
                    "credential set " + unknown.credentialSet() + " is not known to token-service"));
            case AccountLookup.Unavailable unavailable -> transactions.executeWithoutResult(tx -> notSent(payout,
                    new PayoutVerdict.Declined("payout_refused", "token_unavailable",
                            "M-Pesa refused the payout request; no money moved."), unavailable.reason()));
        }
    }

    /** Ends a payout whose B2C request never left: its Daraja account could not be had. */
    private void notSent(Payout payout, PayoutVerdict.Declined verdict, String reason) {
        log.warn("B2C payout {} not sent: {}: {}", payout.id(), verdict.failureCode(), reason);
        changes.settle(payout, verdict, clock.instant(), verdict.failureCode() + ": " + reason);
        audit.b2cNotSent(payout, verdict.failureCode(), reason);
    }

    private void record(Payout payout, B2cSubmission answer) {
        Instant at = clock.instant();
        switch (answer) {
            case B2cSubmission.Queued queued -> {
                if (payouts.transition(payout.id(), new Transition(PayoutState.SUBMITTED, queued.conversationId(),
                        null, null, null, schedule.firstQueryAt(at), at, "b2c accepted"))) {
                    events.publish(new PayoutSubmitted(Ids.newId("evt"), payout.id(), payout.merchantId(),
                            queued.conversationId(), at));
                }
            }
            case B2cSubmission.Refused refused -> {
                log.warn("B2C payout {} refused: {} {}", payout.id(), refused.darajaCode(), refused.reason());
                changes.settle(payout, new PayoutVerdict.Declined("payout_refused", refused.darajaCode(),
                        "M-Pesa refused the payout request; no money moved."), at, "payout_refused: " + refused.darajaCode());
            }
            case B2cSubmission.Unclear unclear -> {
                log.warn("B2C payout {} has an unclear outcome ({}); marking unknown, not resending", payout.id(),
                        unclear.reason());
                changes.markUnknown(payout, "b2c_outcome_unclear", at, at);
            }
        }
        audit.b2cExchanged(payout, answer);
    }
}
