package io.mpesagw.gateway.checkout.application;

import io.mpesagw.audit.AuditTrail;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.gateway.GatewaySettings;
import io.mpesagw.gateway.RequestOrigin;
import io.mpesagw.gateway.merchant.application.AuthenticatedMerchant;
import io.mpesagw.gateway.merchant.application.MerchantAuthentication;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import io.mpesagw.gateway.payment.application.PaymentInputRules;
import io.mpesagw.gateway.payment.application.PaymentViews;
import io.mpesagw.gateway.payment.application.RequestPayment;
import io.mpesagw.gateway.payment.domain.PaymentInstruction;
import io.mpesagw.gateway.payment.domain.PaymentView;
import io.mpesagw.gateway.web.CheckoutHeaders;
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
import org.springframework.http.HttpStatus;
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
    private final MerchantAuthentication authentication;

    public Checkout(CheckoutSessions sessions, PaymentViews payments, PaymentInputRules rules,
            RequestPayment requestPayment, WatchToken watchTokens, GatewaySettings settings, AuditTrail audit,
            Clock clock, MerchantAuthentication authentication) {
        this.sessions = sessions;
        this.payments = payments;
        this.rules = rules;
        this.requestPayment = requestPayment;
        this.watchTokens = watchTokens;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.authentication = authentication;
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
            String publishableKey, RequestOrigin origin) {
        var merchant = caller.merchant();
        String pageKey = publishableKey == null ? null : pageKey(caller, publishableKey);
        // The phone number comes later, from the customer; everything else is checked now.
        Instant now = clock.instant();
        CheckoutSession session = new CheckoutSession(Ids.newId("cs"), merchant, rules.wholeShillings(amount),
                rules.reference(reference), rules.description(description), null, now,
                now.plus(settings.checkoutSessionTtl()), caller.mode());
        String clientSecret = session.id() + "_secret_" + Ids.randomBase62(32);
        sessions.insert(session, SecretDigest.of(clientSecret));
        // the fragment never reaches a server; the page sends both values to the gateway itself
        String url = settings.checkoutBaseUrl().resolve("/checkout/" + session.id()) + "#client_secret=" + clientSecret
                + (pageKey == null ? "" : "&publishable_key=" + pageKey);
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

    public SessionState state(String sessionId, String clientSecret, AuthenticatedMerchant browser) {
        CheckoutSession session = authorised(sessionId, clientSecret, browser);
        Optional<PaymentView> payment = Optional.ofNullable(session.paymentId()).flatMap(payments::find);
        return new SessionState(session, payment, payment.map(p -> watchTokens.issue(p.id(), WATCH_FOR)).orElse(null));
    }

    /** {@code POST /v1/checkout/sessions/{id}/pay}, by the customer's browser with the session's client secret. */
    @Transactional
    public SessionState pay(String sessionId, String clientSecret, AuthenticatedMerchant browser, String phone,
            RequestOrigin origin) {
        CheckoutSession session = authorised(sessionId, clientSecret, browser);
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
        // no secret key: the payer's browser, with the merchant's publishable key and the session's client secret
        facts.put("authenticatedBy", "checkout_session_client_secret");
        facts.put("keyId", browser.keyId());
        audit.record(RequestPayment.apiRequest(session.merchant().id(), "payment", payment.id(), origin, facts));
        return new SessionState(session, Optional.of(payment), watchTokens.issue(payment.id(), WATCH_FOR));
    }

    /**
     * The session the client secret opens, for a browser holding a publishable key of the session's
     * merchant in the session's mode: 401 without a client secret, 404 if it opens none, 403 for
     * another merchant's or mode's publishable key.
     */
    public CheckoutSession authorised(String sessionId, String clientSecret, AuthenticatedMerchant browser) {
        if (clientSecret == null || clientSecret.isBlank()) {
            throw ApiException.unauthenticated("Send the checkout session's client secret in the "
                    + CheckoutHeaders.CLIENT_SECRET + " header.");
        }
        CheckoutSession session = sessions.find(sessionId, SecretDigest.of(clientSecret))
                .orElseThrow(() -> ApiException.notFound("checkout session", sessionId));
        boolean sameMerchant = session.merchant().id().equals(browser.merchant().id());
        if (!sameMerchant || (session.mode() != null && session.mode() != browser.mode())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "permission_error", "publishable_key_mismatch",
                    "This publishable key cannot act on this checkout session: use the publishable key of the merchant"
                            + " that opened it, in the same mode (pk_test_ for a session opened with sk_test_, pk_live_"
                            + " for sk_live_).", null);
        }
        return session;
    }

    /** The page key for the session's link: one of the caller's own usable publishable keys, in the caller's mode. */
    private String pageKey(AuthenticatedMerchant caller, String publishableKey) {
        boolean fits = authentication.publishable(publishableKey)
                .filter(key -> key.merchant().id().equals(caller.merchant().id()) && key.mode() == caller.mode())
                .isPresent();
        if (!fits) {
            throw ApiException.invalidRequest("publishable_key_invalid", "'publishable_key' must be one of your usable"
                    + " publishable keys in the mode of the secret key (pk_test_... with sk_test_..., pk_live_... with"
                    + " sk_live_...).", "publishable_key");
        }
        return publishableKey.strip();
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
