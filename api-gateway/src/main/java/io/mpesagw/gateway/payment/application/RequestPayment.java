package io.mpesagw.gateway.payment.application;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.contracts.Topics;
import io.mpesagw.gateway.RateLimitSettings;
import io.mpesagw.gateway.RequestOrigin;
import io.mpesagw.gateway.merchant.application.AuthenticatedMerchant;
import io.mpesagw.gateway.merchant.application.CredentialSetNames;
import io.mpesagw.gateway.merchant.domain.Merchant;
import io.mpesagw.gateway.payment.domain.PaymentInstruction;
import io.mpesagw.gateway.payment.domain.PaymentView;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.kit.outbox.Outbox;
import io.mpesagw.kit.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts a payment: the view row, the command for payment-service and the audit entry of the
 * request commit together, so a 202 means the command is durable and will reach payment-service.
 */
@Service
public class RequestPayment {

    private final PaymentViews views;
    private final PhonePrompts phones;
    private final CredentialSetNames credentialSets;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Duration phonePromptHold;
    private final Clock clock;

    public RequestPayment(PaymentViews views, PhonePrompts phones, CredentialSetNames credentialSets, Outbox outbox,
            AuditTrail audit, RateLimitSettings limits, Clock clock) {
        this.views = views;
        this.phones = phones;
        this.credentialSets = credentialSets;
        this.outbox = outbox;
        this.audit = audit;
        this.phonePromptHold = limits.phonePromptHold();
        this.clock = clock;
    }

    /** {@code POST /v1/payments}. */
    @Transactional
    public PaymentView request(AuthenticatedMerchant caller, PaymentInstruction instruction, RequestOrigin origin) {
        PaymentView payment = accept(caller.merchant(), instruction, null);
        Map<String, Object> facts = auditFacts("POST /v1/payments", payment);
        facts.put("keyId", caller.keyId());
        audit.record(apiRequest(caller.merchant().id(), "payment", payment.id(), origin, facts));
        return payment;
    }

    /**
     * The payment and its command without an audit entry, for a use case that records the request
     * itself (checkout); it must run in that use case's transaction. Refused with 409 {@code phone_busy}
     * while another payment's prompt may still be open on the phone: nothing then reaches payment-service.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PaymentView accept(Merchant merchant, PaymentInstruction instruction, String checkoutSessionId) {
        Instant now = clock.instant();
        PaymentView payment = new PaymentView(Ids.newId("pay"), merchant.id(), instruction.amount(),
                instruction.msisdn(), instruction.reference(), instruction.description(), PaymentStatus.PENDING,
                null, null, "Sending the payment request to your phone.", null, checkoutSessionId, now, now);
        if (!phones.hold(payment.msisdn(), payment.id(), now, now.plus(phonePromptHold))) {
            throw phoneBusy(phonePromptHold);
        }
        views.insert(payment);
        outbox.append(Topics.PAYMENT_COMMANDS, payment.id(), new RequestStkPush(payment.id(), merchant.id(),
                payment.amount(), payment.msisdn(), payment.reference(), payment.description(), now,
                credentialSets.of(merchant.id())));
        return payment;
    }

    private static ApiException phoneBusy(Duration hold) {
        return new ApiException(HttpStatus.CONFLICT, "invalid_request_error", "phone_busy",
                "A payment prompt is already waiting on this phone; retry after the customer answers it or it expires"
                        + " (at most " + hold.toMinutes() + " minutes).", "phone");
    }

    /** What an auditor needs about a created payment; the trail masks the phone number. */
    public static Map<String, Object> auditFacts(String operation, PaymentView payment) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("operation", operation);
        facts.put("amount", payment.amount());
        facts.put("currency", "KES");
        facts.put("reference", payment.reference());
        facts.put("phone", payment.msisdn());
        facts.put("checkoutSessionId", payment.checkoutSessionId());
        return facts;
    }

    /** An API_REQUEST entry: who (merchant), what (subject and facts), from where and which request. */
    public static AuditEntry apiRequest(String merchantId, String subjectType, String subjectId, RequestOrigin origin,
            Map<String, ?> facts) {
        return AuditEntry.of(AuditEventType.API_REQUEST, merchantId, subjectType, subjectId)
                .withRequest(origin.requestId(), origin.sourceAddress()).withDetails(facts).withMerchant(merchantId);
    }
}
