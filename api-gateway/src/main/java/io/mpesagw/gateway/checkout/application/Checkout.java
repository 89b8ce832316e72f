package io.mpesagw.gateway.checkout.application;

import io.mpesagw.audit.AuditTrail;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.gateway.GatewaySettings;
import io.mpesagw.gateway.RequestOrigin;
import io.mpesagw.gateway.merchant.application.AuthenticatedMerchant;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import io.mpesagw.gateway.payment.application.PaymentInputRules;
import io.mpesagw.gateway.payment.application.PaymentViews;
import io.mpesagw.gateway.payment.application.RequestPayment;
import io.mpesagw.gateway.payment.domain.PaymentInstruction;
import io.mpesagw.gateway.payment.domain.PaymentView;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.kit.tokens.WatchToken;
import io.mpesagw.kit.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hosted checkout: the merchant's server opens a session, the customer's browser pays it. */
@Service
public class Checkout {

    private static final Duration WATCH_FOR = Duration.ofHours(1);

    private final CheckoutSessions sessions;
    private final PaymentViews payments;
    private final PaymentInputRules rules;
    private final RequestPayment requestPayment;
    private final WatchToken watchTokens;
    private final GatewaySettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public Checkout(CheckoutSessions sessions, PaymentViews payments, PaymentInputRules rules,
            RequestPayment requestPayment, WatchToken watchTokens, GatewaySettings settings, AuditTrail audit,
            Clock clock) {
        this.sessions = sessions;
        this.payments = payments;
        this.rules = rules;
        this.requestPayment = requestPayment;
        this.watchTokens = watchTokens;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new session and its client secret, which is shown only here and stored only as a digest. */
    public record OpenedSession(CheckoutSession session, String clientSecret, String url) {
    }

    /** What the browser may see: the session and its current payment with a token to watch it. */
    public record SessionState(CheckoutSession session, Optional<PaymentView> payment, String watchToken) {
    }

    /** {@code POST /v1/checkout/sessions}, by the merchant's server with its secret key. */
    @Transactional
    public OpenedSession open(AuthenticatedMerchant caller, BigDecimal amount, String reference, String description,
            RequestOrigin origin) {
        var merchant = caller.merchant();
        // The phone number comes later, from the customer; everything else is checked now.
        Instant now = clock.instant();
        CheckoutSession session = new CheckoutSession(Ids.newId("cs"), merchant, rules.wholeShillings(amount),
                rules.reference(reference), rules.description(description), null, now,
                now.plus(settings.checkoutSessionTtl()));
        String clientSecret = session.id() + "_secret_" + Ids.randomBase62(32);
        sessions.insert(session, SecretDigest.of(clientSecret));
        String url = settings.checkoutBaseUrl().resolve("/checkout/" + session.id()) + "#" + clientSecret;
        Map<String, Object> facts = new HashMap<>();
        facts.put("operation", "POST /v1/checkout/sessions");
        facts.put("keyId", caller.keyId());
        facts.put("amount", session.amount());
        facts.put("currency", "KES");
        facts.put("reference", session.reference());
        facts.put("expiresAt", session.expiresAt().toString());
        audit.record(RequestPayment.apiRequest(merchant.id(), "checkout_session", session.id(), origin, facts));
        return new OpenedSession(session, clientSecret, url);
    }

    public SessionState state(String sessionId, String clientSecret) {
        CheckoutSession session = authorised(sessionId, clientSecret);
        Optional<PaymentView> payment = Optional.ofNullable(session.paymentId()).flatMap(payments::find);
        return new SessionState(session, payment, payment.map(p -> watchTokens.issue(p.id(), WATCH_FOR)).orElse(null));
    }

    /** {@code POST /v1/checkout/sessions/{id}/pay}, by the customer's browser with the session's client secret. */
    @Transactional
    public SessionState pay(String sessionId, String clientSecret, String phone, RequestOrigin origin) {
        CheckoutSession session = authorised(sessionId, clientSecret);
        if (session.expiresAt().isBefore(clock.instant())) {
            throw ApiException.conflict("checkout_session_expired", "This checkout session has expired; ask the merchant for a new link.");
        }
        PaymentInstruction instruction = new PaymentInstruction(session.amount(), rules.msisdn(phone),
                session.reference(), session.description());
        PaymentView payment = requestPayment.accept(session.merchant(), instruction, session.id());
        if (!sessions.attachPayment(session.id(), session.paymentId(), payment.id())) {
            // Rolls back the new payment and its command: nothing is sent, and nothing is audited.
            throw ApiException.conflict("checkout_session_busy",
                    "A payment for this checkout is already in progress or complete.");
        }
        Map<String, Object> facts = RequestPayment.auditFacts("POST /v1/checkout/sessions/{id}/pay", payment);
        facts.put("authenticatedBy", "checkout_session_client_secret"); // no API key: the payer's browser
        audit.record(RequestPayment.apiRequest(session.merchant().id(), "payment", payment.id(), origin, facts));
        return new SessionState(session, Optional.of(payment), watchTokens.issue(payment.id(), WATCH_FOR));
    }

    /** The session the client secret opens; 401 without one, 404 if it opens none. */
    public CheckoutSession authorised(String sessionId, String clientSecret) {
        if (clientSecret == null || clientSecret.isBlank()) {
            throw ApiException.unauthenticated("Send the checkout session's client secret as 'Authorization: Bearer ...'.");
        }
        return sessions.find(sessionId, SecretDigest.of(clientSecret))
                .orElseThrow(() -> ApiException.notFound("checkout session", sessionId));
    }

    /** The session's state as the checkout page describes it. */
    public static String statusOf(Optional<PaymentView> payment) {
        if (payment.isEmpty()) {
            return "open";
        }
        PaymentStatus status = payment.get().status();
        if (status == PaymentStatus.SUCCEEDED) {
            return "complete";
        }
        return status.isFinal() ? "open" : "processing";
    }
}
