package io.mpesagw.payment.payout.application;

import io.mpesagw.contracts.PayoutCallback;
import io.mpesagw.contracts.PayoutResultReceived;
import io.mpesagw.contracts.PayoutTimedOut;
import io.mpesagw.contracts.TransactionStatusReceived;
import io.mpesagw.contracts.TransactionStatusTimedOut;
import io.mpesagw.payment.payout.domain.B2cResultCodes;
import io.mpesagw.payment.payout.domain.Payout;
import io.mpesagw.payment.payout.domain.PayoutVerdict;
import io.mpesagw.payment.payout.domain.StatusQuerySchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles payouts from the callbacks callback-service relays. Idempotent: a guarded transition moves a
 * payout once, so a redelivered callback changes nothing. A queue timeout makes the payout unknown.
 */
@Service
public class SettlePayout {

    private static final Logger log = LoggerFactory.getLogger(SettlePayout.class);

    private final PayoutStore payouts;
    private final PayoutStateChanges changes;
    private final PayoutAuditPort audit;
    private final StatusQuerySchedule schedule;
    private final Clock clock;

    public SettlePayout(PayoutStore payouts, PayoutStateChanges changes, PayoutAuditPort audit, PayoutSettings settings,
            Clock clock) {
        this.payouts = payouts;
        this.changes = changes;
        this.audit = audit;
        this.schedule = settings.schedule();
        this.clock = clock;
    }

    @Transactional
    public void handle(PayoutCallback callback) {
        Optional<Payout> found = payouts.find(callback.payoutId());
        if (found.isEmpty()) {
            log.warn("callback {} names payout {}, which does not exist; ignored", callback.callbackId(), callback.payoutId());
            return;
        }
        Payout payout = found.get();
        Instant now = clock.instant();
        String decision = switch (callback) {
            case PayoutResultReceived result -> onResult(payout, result, now);
            case PayoutTimedOut timedOut -> changes.markUnknown(payout, "queue_timeout", now, now)
                    ? null : "queue timeout after the payout had moved on";
            case TransactionStatusReceived status -> onStatus(payout, status, now);
            case TransactionStatusTimedOut timedOut -> "status query timed out; asked again at the next interval";
        };
        if (decision != null) {
            audit.callbackDisregarded(payout, callback.callbackId(), decision);
        }
    }

    /** @return why nothing changed, or null if the payout moved */
    private String onResult(Payout payout, PayoutResultReceived result, Instant now) {
        if (!sameRequest(payout, result.originatorConversationId(), result.conversationId())) {
            log.warn("B2C result {} for payout {} carries another request's ids; not settled", result.callbackId(),
                    payout.id());
            return "ids do not match the payout's request";
        }
        PayoutVerdict verdict = B2cResultCodes.ofResult(result.resultType(), result.resultCode(), result.mpesaReceipt());
        return changes.settle(payout, verdict, now, "Daraja result " + result.resultCode())
                ? null : "result " + result.resultCode() + " changed nothing (" + payout.state() + ")";
    }

    private String onStatus(Payout payout, TransactionStatusReceived status, Instant now) {
        String found = status.transactionOriginatorConversationId();
        if (found != null && !found.equals(payout.originatorConversationId())) {
            return "status answer is about another transaction";
        }
        PayoutVerdict verdict = B2cResultCodes.ofStatus(status.resultCode(), status.transactionStatus(),
                status.receiptNo(), payout.createdAt(), now, schedule.notFoundAfter());
        return changes.settle(payout, verdict, now, "transaction status " + status.resultCode() + " "
                + status.transactionStatus()) ? null : "status " + status.resultCode() + " settled nothing: " + verdict;
    }

    /** v3: the OriginatorConversationID is ours; the ConversationID is Daraja's, known once the sync answer is in. */
    private static boolean sameRequest(Payout payout, String originatorConversationId, String conversationId) {
        if (originatorConversationId != null) {
            return originatorConversationId.equals(payout.originatorConversationId());
        }
        return payout.conversationId() != null && payout.conversationId().equals(conversationId);
    }
}
