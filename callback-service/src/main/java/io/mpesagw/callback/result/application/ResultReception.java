package io.mpesagw.callback.result.application;

import static io.mpesagw.callback.reception.application.CallbackGate.loggable;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.callback.reception.application.CallbackGate;
import io.mpesagw.callback.reception.application.CallbackReceipt;
import io.mpesagw.callback.reception.domain.InboxStatus;
import io.mpesagw.callback.reception.domain.IpAddress;
import io.mpesagw.callback.reception.domain.Rejection;
import io.mpesagw.callback.result.domain.ReceivedResult;
import io.mpesagw.contracts.Topics;
import io.mpesagw.daraja.callback.MalformedCallbackException;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.kit.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives one Result or QueueTimeOut callback of a payout's B2C payment or Transaction Status query:
 * the same gate as STK callbacks, the raw body stored, and on the first valid delivery its event goes
 * to the outbox in the inbox row's transaction. Repeats (same ids or receipt) are stored as duplicates.
 */
@Service
public class ResultReception {

    private static final Logger log = LoggerFactory.getLogger(ResultReception.class);

    private final ResultInbox inbox;
    private final Outbox outbox;
    private final CallbackGate gate;
    private final Clock clock;
    private final AuditTrail audit;

    public ResultReception(ResultInbox inbox, Outbox outbox, CallbackGate gate, Clock clock, AuditTrail audit) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.gate = gate;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public CallbackReceipt receive(ResultDelivery delivery) {
        Instant receivedAt = clock.instant();
        String id = Ids.newId("cbr");
        String source = IpAddress.canonical(delivery.sourceAddress());
        PayoutCallbackReader.Read read = null;
        String problem = null;
        try {
            read = PayoutCallbackReader.read(delivery.kind(), delivery.rawBody(), id, delivery.payoutId(), receivedAt);
        } catch (MalformedCallbackException e) {
            problem = e.getMessage();
        }
        Rejection rejection = gate.screen(source, delivery.payoutId(), delivery.pathToken());
        if (rejection == null && read == null) {
            rejection = Rejection.MALFORMED_BODY;
        }
        ReceivedResult result = new ReceivedResult(id, delivery.kind(), delivery.payoutId(),
                read == null ? null : read.originatorConversationId(), read == null ? null : read.conversationId(),
                read == null ? null : read.receipt(), read == null || read.isFinal(), source,
                gate.storable(delivery.rawBody()), rejection == null ? InboxStatus.ACCEPTED : InboxStatus.REJECTED,
                rejection == null ? null : CallbackGate.reason(rejection, source, "payout", problem), receivedAt);
        CallbackReceipt receipt = rejection == null ? accept(result, read) : quarantine(result, rejection);
        audit.record(auditEntry(result, receipt, read));
        gate.count(delivery.kind().wireName(), receipt.status(), rejection);
        return receipt;
    }

    private CallbackReceipt accept(ReceivedResult result, PayoutCallbackReader.Read read) {
        if (!inbox.storeIfFirstAccepted(result)) {
            inbox.store(result.withStatus(InboxStatus.DUPLICATE));
            log.info("duplicate {} callback {} for payout {} (ConversationID {}) absorbed", result.kind().wireName(),
                    result.id(), result.payoutId(), loggable(result.conversationId()));
            return new CallbackReceipt(result.id(), InboxStatus.DUPLICATE, null);
        }
        outbox.append(Topics.PAYOUT_RESULTS, result.payoutId(), read.event());
        log.info("{} callback {} for payout {} accepted: ResultCode {}", result.kind().wireName(), result.id(),
                result.payoutId(), loggable(read.resultCode()));
        return new CallbackReceipt(result.id(), InboxStatus.ACCEPTED, null);
    }

    private CallbackReceipt quarantine(ReceivedResult result, Rejection rejection) {
        inbox.store(result);
        log.warn("{} callback {} for payout {} quarantined: {} (ConversationID {})", result.kind().wireName(),
                result.id(), loggable(result.payoutId()), loggable(result.reason()), loggable(result.conversationId()));
        return new CallbackReceipt(result.id(), InboxStatus.REJECTED, rejection);
    }

    /** The facts an auditor needs to match the delivery to its payout; not the body, nor names or receipts. */
    private static AuditEntry auditEntry(ReceivedResult result, CallbackReceipt receipt, PayoutCallbackReader.Read read) {
        Map<String, Object> details = new HashMap<>();
        details.put("callbackId", result.id());
        details.put("kind", result.kind().wireName());
        details.put("outcome", receipt.status().wireName());
        details.put("reason", result.reason());
        details.put("originatorConversationId", result.originatorConversationId());
        details.put("conversationId", result.conversationId());
        details.put("resultCode", read == null ? null : read.resultCode());
        return AuditEntry.of(AuditEventType.CALLBACK_RECEIVED, AuditEntry.SYSTEM, "payout", result.payoutId())
                .withRequest(result.id(), result.sourceAddress()).withDetails(details);
    }
}
