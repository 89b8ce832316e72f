package io.mpesagw.gateway.merchant.application;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.gateway.RequestOrigin;
import java.util.HashMap;
import java.util.Map;

/**
 * The audit entry of an operator's change to a merchant, its keys or credentials. Every entry is
 * about the merchant (one audit chain per change, however many keys it touches) and names keys by
 * id only: a key or secret written to the append-only log could never be removed.
 */
final class MerchantAudit {

    /** The admin API has one operator token, so the actor is the role, not a person. */
    static final String ACTOR = "admin";

    private MerchantAudit() {
    }

    static AuditEntry change(String merchantId, String change, Map<String, ?> facts, RequestOrigin origin) {
        Map<String, Object> details = new HashMap<>(facts);
        details.put("change", change);
        return AuditEntry.of(AuditEventType.CONFIGURATION_CHANGED, ACTOR, "merchant", merchantId)
                .withRequest(origin.requestId(), origin.sourceAddress()).withDetails(details).withMerchant(merchantId);
    }
}
