package io.mpesagw.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One row of {@code audit.entries} as written: masked content, chain position and hashes. Also the
 * shape of one line of an export file.
 *
 * @param detailsCanonical the exact JSON text the hash covers (the jsonb column is derived from it)
 */
public record StoredEntry(long id, String chainId, long seq, Instant occurredAt, String service, String eventType,
                          String actor, String subjectType, String subjectId, String requestId,
                          String sourceAddress, String detailsCanonical, String prevHash, String hash) {

    static final String COLUMNS = "id, chain_id, seq, occurred_at, service, event_type, actor, subject_type,"
            + " subject_id, request_id, source_address, details_canonical, prev_hash, hash";

    static StoredEntry read(ResultSet row, int rowNumber) throws SQLException {
        return new StoredEntry(row.getLong("id"), row.getString("chain_id"), row.getLong("seq"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("service"),
                row.getString("event_type"), row.getString("actor"), row.getString("subject_type"),
                row.getString("subject_id"), row.getString("request_id"), row.getString("source_address"),
                row.getString("details_canonical"), row.getString("prev_hash"), row.getString("hash"));
    }

    StoredEntry withId(long newId) {
        return new StoredEntry(newId, chainId, seq, occurredAt, service, eventType, actor, subjectType, subjectId,
                requestId, sourceAddress, detailsCanonical, prevHash, hash);
    }

    StoredEntry withHash(String newHash) {
        return new StoredEntry(id, chainId, seq, occurredAt, service, eventType, actor, subjectType, subjectId,
                requestId, sourceAddress, detailsCanonical, prevHash, newHash);
    }

    /** The hash this entry's content and prev_hash should have; compare with {@link #hash()}. */
    public String expectedHash() {
        return AuditCanonicalForm.hash(this);
    }
}
