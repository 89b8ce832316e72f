package io.mpesagw.gateway.payout.application;

import io.mpesagw.audit.AuditTrail;
import io.mpesagw.contracts.PayoutStatus;
import io.mpesagw.contracts.RequestPayout;
import io.mpesagw.contracts.Topics;
import io.mpesagw.gateway.RequestOrigin;
import io.mpesagw.gateway.merchant.application.AuthenticatedMerchant;
import io.mpesagw.gateway.merchant.application.CredentialSetNames;
import io.mpesagw.gateway.payment.application.RequestPayment;
import io.mpesagw.gateway.payout.domain.PayoutInstruction;
import io.mpesagw.gateway.payout.domain.PayoutView;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.kit.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts a B2C payout: the view row, the command for payment-service and the audit entry commit
 * together, so a 202 means the command is durable and will reach payment-service.
 */
@Service
public class AcceptPayout {

    private final PayoutViews views;
    private final CredentialSetNames credentialSets;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public AcceptPayout(PayoutViews views, CredentialSetNames credentialSets, Outbox outbox, AuditTrail audit,
            Clock clock) {
        this.views = views;
        this.credentialSets = credentialSets;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code POST /v1/payouts}. */
    @Transactional
    public PayoutView request(AuthenticatedMerchant caller, PayoutInstruction instruction, RequestOrigin origin) {
        Instant now = clock.instant();
        String merchantId = caller.merchant().id();
        PayoutView payout = new PayoutView(Ids.newId("po"), merchantId, instruction.amount(), instruction.msisdn(),
                instruction.reference(), instruction.remarks(), instruction.occasion(), PayoutStatus.PENDING, null,
                "Sending the payout to M-Pesa.", null, now, now);
        views.insert(payout);
        outbox.append(Topics.PAYOUT_COMMANDS, payout.id(), new RequestPayout(payout.id(), merchantId,
                payout.amount(), payout.msisdn(), payout.reference(), payout.remarks(), payout.occasion(), now,
                credentialSets.of(merchantId)));
        Map<String, Object> facts = new HashMap<>();
        facts.put("operation", "POST /v1/payouts");
        facts.put("amount", payout.amount());
        facts.put("currency", "KES");
        facts.put("reference", payout.reference());
        facts.put("phone", payout.msisdn());
        facts.put("keyId", caller.keyId());
        audit.record(RequestPayment.apiRequest(merchantId, "payout", payout.id(), origin, facts));
        return payout;
    }
}
