package io.mpesagw.audit;

import java.time.Instant;

/**
 * What an auditor asks of the log; every filter is optional and each is backed by an index
 * (V1 and V2 of the audit migration). Results come oldest first, by entry id.
 *
 * @param subjectId     e.g. a payment id
 * @param merchantId    entries carrying {@code details.merchantId} (see {@link AuditEntry#withMerchant})
 * @param startingAfter cursor: only entries with a larger id
 * @param limit         1 to {@link #MAX_LIMIT}
 */
public record AuditQuery(String subjectId, String merchantId, String actor, AuditEventType eventType,
                         String requestId, Instant from, Instant to, Long startingAfter, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to, was " + from + " .. " + to);
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public AuditQuery forSubject(String id) {
        return new AuditQuery(id, merchantId, actor, eventType, requestId, from, to, startingAfter, limit);
    }

    public AuditQuery forMerchant(String id) {
        return new AuditQuery(subjectId, id, actor, eventType, requestId, from, to, startingAfter, limit);
    }
}
