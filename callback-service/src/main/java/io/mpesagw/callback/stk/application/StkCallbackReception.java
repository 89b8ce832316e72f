package io.mpesagw.callback.stk.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.callback.stk.domain.CallbackSourcePolicy;
import io.mpesagw.callback.stk.domain.InboxStatus;
import io.mpesagw.callback.stk.domain.ReceivedCallback;
import io.mpesagw.callback.stk.domain.Rejection;
import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.contracts.Topics;
import io.mpesagw.daraja.callback.MalformedCallbackException;
import io.mpesagw.daraja.callback.StkCallback;
import io.mpesagw.daraja.callback.StkCallbackReader;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.kit.outbox.Outbox;
import io.mpesagw.kit.tokens.CallbackPathToken;
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
    private final CallbackPathToken pathTokens;
    private final CallbackSourcePolicy sources;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AuditTrail audit;
    private final int maxStoredBodyChars;

    public StkCallbackReception(CallbackInbox inbox, Outbox outbox, CallbackPathToken pathTokens,
            CallbackSourcePolicy sources, Clock clock, MeterRegistry meters, AuditTrail audit,
            CallbackSettings settings) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.audit = audit;
        this.pathTokens = pathTokens;
        this.sources = sources;
        this.clock = clock;
        this.meters = meters;
        this.maxStoredBodyChars = settings.maxStoredBodyChars();
    }

    @Transactional
    public CallbackReceipt receive(StkCallbackDelivery delivery) {
        Instant receivedAt = clock.instant();
        String source = CallbackSourcePolicy.canonical(delivery.sourceAddress());
        StkCallback parsed = null;
        String problem = null;
        try {
            parsed = StkCallbackReader.read(delivery.rawBody());
        } catch (MalformedCallbackException e) {
            problem = e.getMessage();
        }
        Rejection rejection = !sources.allows(source) ? Rejection.SOURCE_NOT_ALLOWED
                : !pathTokens.matches(delivery.paymentId(), delivery.pathToken()) ? Rejection.PATH_TOKEN_MISMATCH
                : parsed == null ? Rejection.MALFORMED_BODY
                : null;
        ReceivedCallback callback = new ReceivedCallback(Ids.newId("cb"), delivery.paymentId(),
                parsed == null ? null : parsed.checkoutRequestId(), source, storable(delivery.rawBody()),
                rejection == null ? InboxStatus.ACCEPTED : InboxStatus.REJECTED,
                rejection == null ? null : reason(rejection, source, problem), receivedAt);
        CallbackReceipt receipt = rejection == null ? accept(callback, parsed) : quarantine(callback, rejection, parsed);
        audit.record(auditEntry(callback, receipt, parsed));
        meters.counter("mpesa.callbacks.received", "type", "stk", "outcome", receipt.status().wireName(),
                "reason", rejection == null ? "none" : rejection.code()).increment();
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

    private static String reason(Rejection rejection, String source, String problem) {
        return switch (rejection) {
            case SOURCE_NOT_ALLOWED -> rejection.code() + ": " + source + " is not in CALLBACK_ALLOWED_SOURCES";
            case PATH_TOKEN_MISMATCH -> rejection.code() + ": the URL's token was not issued for this payment";
            case MALFORMED_BODY -> rejection.code() + ": " + problem;
        };
    }

    /** Everything here came from an unauthenticated caller: no forged log lines, no log flooding. */
    private static String loggable(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= 200 ? cleaned : cleaned.substring(0, 200) + "...";
    }

    /** Postgres text cannot hold NUL, and a hostile body must not fill the disk. */
    private String storable(String rawBody) {
        String body = rawBody.replace('\u0000', '\uFFFD');
        return body.length() <= maxStoredBodyChars ? body : body.substring(0, maxStoredBodyChars);
    }
}
