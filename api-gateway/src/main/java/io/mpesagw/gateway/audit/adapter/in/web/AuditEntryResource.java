package io.mpesagw.gateway.audit.adapter.in.web;

import io.mpesagw.audit.StoredEntry;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One audit entry as the admin API shows it (snake_case on the wire). {@code details} is the hashed
 * canonical text parsed back into JSON; {@code hash} and {@code prev_hash} let an auditor recompute
 * the chain with the published canonical form (libs/audit/README.md).
 */
record AuditEntryResource(String object, long id, String chainId, long seq, Instant occurredAt, String service,
                          String eventType, String actor, String subjectType, String subjectId, String requestId,
                          String sourceAddress, JsonNode details, String prevHash, String hash) {

    static AuditEntryResource of(StoredEntry e, JsonMapper json) {
        return new AuditEntryResource("audit_entry", e.id(), e.chainId(), e.seq(), e.occurredAt(), e.service(),
                e.eventType(), e.actor(), e.subjectType(), e.subjectId(), e.requestId(), e.sourceAddress(),
                json.readTree(e.detailsCanonical()), e.prevHash(), e.hash());
    }
}
