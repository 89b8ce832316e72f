package io.mpesagw.audit;

import java.time.Instant;
import java.util.Map;

/**
 * The JSON shapes of an export file: a {@link Manifest} on the first line, then one {@link Entry}
 * per line, ordered by chain and seq. {@code details} is the exact canonical text the hash covers,
 * kept as a JSON string so the hash recomputes byte for byte.
 */
final class ExportLine {

    static final String FORMAT = "mpesagw-audit-export";

    private ExportLine() {
    }

    /** @param heads each exported chain's last seq and hash, so a removed last line is detected too */
    record Manifest(String format, int version, String exportedAt, String cutoff, Map<String, Head> heads) {
    }

    record Head(long lastSeq, String lastHash) {
    }

    record Entry(long id, String chainId, long seq, String occurredAt, String service, String eventType, String actor,
                 String subjectType, String subjectId, String requestId, String sourceAddress, String details,
                 String prevHash, String hash) {

        static Entry of(StoredEntry e) {
            return new Entry(e.id(), e.chainId(), e.seq(), AuditCanonicalForm.formatTime(e.occurredAt()), e.service(),
                    e.eventType(), e.actor(), e.subjectType(), e.subjectId(), e.requestId(), e.sourceAddress(),
                    e.detailsCanonical(), e.prevHash(), e.hash());
        }

        /** An unparseable time cannot be hashed as written; Instant.EPOCH makes the hash mismatch show. */
        StoredEntry stored() {
            return new StoredEntry(id, chainId, seq, parseTime(occurredAt), service, eventType, actor, subjectType,
                    subjectId, requestId, sourceAddress, details, prevHash, hash);
        }

        private static Instant parseTime(String text) {
            try {
                return Instant.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                return Instant.EPOCH;
            }
        }
    }
}
