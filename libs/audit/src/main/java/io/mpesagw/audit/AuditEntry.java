package io.mpesagw.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a service asks to record. The trail adds the service name, the time, the chain position and
 * the hashes; {@link AuditMasking} masks every text and the details before anything is written.
 *
 * @param actor         merchant id, API key id (never the key) or {@code "system"}
 * @param subjectType   what the entry is about, e.g. {@code "payment"}; may be null
 * @param subjectId     its id, e.g. the payment id; picks the chain, may be null
 * @param requestId     the request that caused it, when there is one
 * @param sourceAddress the caller's IP address, for API requests and callbacks
 * @param details       free-form facts: strings, numbers, booleans, nested maps and lists
 */
public record AuditEntry(AuditEventType type, String actor, String subjectType, String subjectId,
                         String requestId, String sourceAddress, Map<String, ?> details) {

    public static final String SYSTEM = "system";
    /** The details key queries by merchant look at (an index of the audit migration V2 covers it). */
    public static final String MERCHANT_ID = "merchantId";

    public AuditEntry {
        Objects.requireNonNull(type, "audit entry type is required");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("audit entry actor is required: a merchant id, key id or \"system\"");
        }
        details = details == null ? Map.of() : details;
    }

    /** A new entry about a subject; add request, source and details with the {@code with...} methods. */
    public static AuditEntry of(AuditEventType type, String actor, String subjectType, String subjectId) {
        return new AuditEntry(type, actor, subjectType, subjectId, null, null, Map.of());
    }

    /** {@code from} is null for the first state; {@code reason} says why (a result code, a timeout...). */
    public static AuditEntry stateTransition(String subjectType, String subjectId, String from, String to,
                                             String reason) {
        Objects.requireNonNull(to, "the state transitioned to is required");
        Map<String, Object> details = new HashMap<>();
        details.put("from", from);
        details.put("to", to);
        details.put("reason", reason);
        return of(AuditEventType.STATE_TRANSITION, SYSTEM, subjectType, subjectId).withDetails(details);
    }

    public AuditEntry withRequest(String requestId, String sourceAddress) {
        return new AuditEntry(type, actor, subjectType, subjectId, requestId, sourceAddress, details);
    }

    /**
     * Names the merchant the entry concerns, as {@code details.merchantId} (hashed with the rest), so
     * {@link AuditQuery#merchantId} finds it even when the actor is a service or the system.
     */
    public AuditEntry withMerchant(String merchantId) {
        if (merchantId == null) {
            return this;
        }
        Map<String, Object> withMerchant = new HashMap<>(details);
        withMerchant.put(MERCHANT_ID, merchantId);
        return withDetails(withMerchant);
    }

    /** Replaces the details, keeping a merchant named by {@link #withMerchant} (in either order). */
    public AuditEntry withDetails(Map<String, ?> newDetails) {
        Object merchant = details.get(MERCHANT_ID);
        if (merchant != null && newDetails != null && !newDetails.containsKey(MERCHANT_ID)) {
            Map<String, Object> kept = new HashMap<>(newDetails);
            kept.put(MERCHANT_ID, merchant);
            newDetails = kept;
        }
        return new AuditEntry(type, actor, subjectType, subjectId, requestId, sourceAddress, newDetails);
    }
}
