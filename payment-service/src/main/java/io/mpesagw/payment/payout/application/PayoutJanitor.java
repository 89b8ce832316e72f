package io.mpesagw.payment.payout.application;

import io.mpesagw.payment.application.DarajaAccounts;
import io.mpesagw.payment.application.DarajaAccounts.AccountLookup;
import io.mpesagw.payment.payout.domain.Payout;
import io.mpesagw.payment.payout.domain.PayoutState;
import io.mpesagw.payment.payout.domain.StatusQuerySchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles payouts whose Result never came (or came as a queue timeout) by asking Transaction Status,
 * never by sending the payout again. A payout that waited too long for its Result becomes unknown first.
 */
@Service
public class PayoutJanitor {

    /** Bounds one pass, so a backlog never starves the next interval's shutdown check. */
    private static final int MAX_PER_PASS = 50;

    private final PayoutStore payouts;
    private final PayoutStateChanges changes;
    private final StatusQueryPort statusQueries;
    private final DarajaAccounts accounts;
    private final PayoutAuditPort audit;
    private final StatusQuerySchedule schedule;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public PayoutJanitor(PayoutStore payouts, PayoutStateChanges changes, StatusQueryPort statusQueries,
            DarajaAccounts accounts, PayoutAuditPort audit, PayoutSettings settings, TransactionTemplate transactions,
            Clock clock) {
        this.payouts = payouts;
        this.changes = changes;
        this.statusQueries = statusQueries;
        this.accounts = accounts;
        this.audit = audit;
        this.schedule = settings.schedule();
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many payouts were asked about */
    public int reconcileDuePayouts() {
        int asked = 0;
        while (asked < MAX_PER_PASS) {
            Instant now = clock.instant();
            Instant claimUntil = schedule.nextQueryAt(now);
            Optional<Payout> due = transactions.execute(tx -> payouts.claimNextDue(now, claimUntil));
            if (due == null || due.isEmpty()) {
                return asked;
            }
            Payout payout = due.get();
            if (payout.state() != PayoutState.UNKNOWN) {
                transactions.executeWithoutResult(tx -> changes.markUnknown(payout, "no_result_in_time", now, claimUntil));
            }
            StatusQueryPort.StatusQuery answer = ask(payout);
            transactions.executeWithoutResult(tx -> audit.statusQueried(payout, answer));
            asked++;
        }
        return asked;
    }

    /** Asked with the payout's own credential set: the shortcode and initiator that sent it. */
    private StatusQueryPort.StatusQuery ask(Payout payout) {
        return switch (accounts.lookUp(payout.credentialSet())) {
            case AccountLookup.Found found -> statusQueries.ask(payout, found.account());
            case AccountLookup.Unknown unknown -> new StatusQueryPort.StatusQuery.Unavailable(
                    DarajaAccounts.MERCHANT_CREDENTIALS_MISSING + ": credential set " + unknown.credentialSet());
            case AccountLookup.Unavailable unavailable -> new StatusQueryPort.StatusQuery.Unavailable(unavailable.reason());
        };
    }
}
