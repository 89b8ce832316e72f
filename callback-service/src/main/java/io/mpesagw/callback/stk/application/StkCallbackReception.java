package io.mpesagw.callback.stk.application;

import static io.mpesagw.callback.reception.application.CallbackGate.loggable;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.callback.reception.application.CallbackGate;
import io.mpesagw.callback.reception.application.CallbackReceipt;
import io.mpesagw.callback.reception.domain.InboxStatus;
import io.mpesagw.callback.reception.domain.IpAddress;
import io.mpesagw.callback.reception.domain.Rejection;
import io.mpesagw.callback.stk.domain.ReceivedCallback;
import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.contracts.Topics;
import io.mpesagw.daraja.callback.MalformedCallbackException;
import io.mpesagw.daraja.callback.StkCallback;
import io.mpesagw.daraja.callback.StkCallbackReader;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.kit.outbox.Outbox;
import io.mpesagw.msisdn.KenyanMsisdn;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives one STK callback: checks where it came from and that its URL is genuine, reads it leniently,
 * stores it, and on the first valid delivery per CheckoutRequestID hands the result to payment-service
 * through the outbox, in the same transaction as the inbox row.
 */
@Service
public class StkCallbackReception {

    private static final Logger log = LoggerFactory.getLogger(StkCallbackReception.class);

    private final CallbackInbox inbox;
    private final Outbox outbox;
    private final CallbackGate gate;
    private final Clock clock;
    private final AuditTrail audit;

    public StkCallbackReception(CallbackInbox inbox, Outbox outbox, CallbackGate gate, Clock clock, AuditTrail audit) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.gate = gate;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public CallbackReceipt receive(StkCallbackDelivery delivery) {
        Instant receivedAt = clock.instant();
        String source = IpAddress.canonical(delivery.sourceAddress());
        StkCallback parsed = null;
        String problem = null;
        try {
            parsed = StkCallbackReader.read(delivery.rawBody());
        } catch (MalformedCallbackException e) {
            problem = e.getMessage();
        }
        Rejection rejection = gate.screen(source, delivery.paymentId(), delivery.pathToken());
        if (rejection == null && parsed == null) {
            rejection = Rejection.MALFORMED_BODY;
        }
        ReceivedCallback callback = new ReceivedCallback(Ids.newId("cb"), delivery.paymentId(),
                parsed == null ? null : parsed.checkoutRequestId(), source, gate.storable(delivery.rawBody()),
                rejection == null ? InboxStatus.ACCEPTED : InboxStatus.REJECTED,
                rejection == null ? null : CallbackGate.reason(rejection, source, "payment", problem), receivedAt);
        CallbackReceipt receipt = rejection == null ? accept(callback, parsed) : quarantine(callback, rejection, parsed);
        audit.record(auditEntry(callback, receipt, parsed));
        gate.count("stk", receipt.status(), rejection);
        return receipt;
    }

    private CallbackReceipt accept(ReceivedCallback callback, StkCallback parsed) {
        if (!inbox.storeIfFirstAccepted(callback)) {
            inbox.store(callback.withStatus(InboxStatus.DUPLICATE));
            log.info("duplicate STK callback {} for payment {} (CheckoutRequestID {}) absorbed", callback.id(),
                    callback.paymentId(), loggable(callback.checkoutRequestId()));
            return new CallbackReceipt(callback.id(), InboxStatus.DUPLICATE, null);
        }
        outbox.append(Topics.STK_CALLBACKS, callback.paymentId(), new StkCallbackReceived(callback.id(),
                callback.paymentId(), parsed.merchantRequestId(), parsed.checkoutRequestId(), parsed.resultCode(),
                parsed.resultDesc(), parsed.amount(), parsed.mpesaReceiptNumber(), parsed.phoneNumber(),
                parsed.transactionDate(), callback.receivedAt()));
        log.info("STK callback {} for payment {} accepted: ResultCode {}", callback.id(), callback.paymentId(),
                parsed.resultCode());
        return new CallbackReceipt(callback.id(), InboxStatus.ACCEPTED, null);
    }

    private CallbackReceipt quarantine(ReceivedCallback callback, Rejection rejection, StkCallback parsed) {
        inbox.store(callback);
        log.warn("STK callback {} for payment {} quarantined: {} (CheckoutRequestID {}, phone {})", callback.id(),
                loggable(callback.paymentId()), loggable(callback.reason()), loggable(callback.checkoutRequestId()),
                KenyanMsisdn.mask(parsed == null ? null : parsed.phoneNumber()));
        return new CallbackReceipt(callback.id(), InboxStatus.REJECTED, rejection);
    }

    /**
     * One entry per delivery, in the inbox row's transaction. Not the raw body (the inbox keeps it):
     * the facts an auditor needs to match the delivery to its payment and outcome.
     */
    private static AuditEntry auditEntry(ReceivedCallback callback, CallbackReceipt receipt, StkCallback parsed) {
        Map<String, Object> details = new HashMap<>();
        details.put("callbackId", callback.id());
        details.put("outcome", receipt.status().wireName());
        details.put("reason", callback.reason());
        details.put("checkoutRequestId", callback.checkoutRequestId());
        details.put("resultCode", parsed == null ? null : parsed.resultCode());
        return AuditEntry.of(AuditEventType.CALLBACK_RECEIVED, AuditEntry.SYSTEM, "payment", callback.paymentId())
                .withRequest(callback.id(), callback.sourceAddress()).withDetails(details);
    }
}
