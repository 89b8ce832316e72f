package io.mpesagw.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical serialisation an entry's hash covers, so an auditor can re-implement it (SQL twin:
 * {@code audit.entry_hash(e)}).
 *
 * <p>{@code hash = lowercase hex SHA-256 of the UTF-8 bytes of}
 * <pre>
 * "mpesagw-audit-v1\n"
 * then, for each field in this order:
 *   chain_id, seq, occurred_at, service, event_type, actor, subject_type, subject_id,
 *   request_id, source_address, details, prev_hash
 * the line  name "=" ( "~" if the value is null | byteLength ":" value ) "\n"
 * </pre>
 * where byteLength is the decimal UTF-8 length of the value (so no value can forge a field
 * boundary), {@code seq} is decimal, {@code occurred_at} is UTC {@code yyyy-MM-ddTHH:mm:ss.ffffffZ}
 * (always six fraction digits: PostgreSQL keeps microseconds), {@code details} is the stored
 * {@code details_canonical} text (compact JSON, keys sorted) and {@code prev_hash} is the previous
 * entry's hash in the chain, or 64 zeros for seq 1.
 */
public final class AuditCanonicalForm {

    public static final String VERSION_LINE = "mpesagw-audit-v1\n";
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditCanonicalForm() {
    }

    public static String hash(StoredEntry entry) {
        StringBuilder text = new StringBuilder(256).append(VERSION_LINE);
        field(text, "chain_id", entry.chainId());
        field(text, "seq", Long.toString(entry.seq()));
        field(text, "occurred_at", formatTime(entry.occurredAt()));
        field(text, "service", entry.service());
        field(text, "event_type", entry.eventType());
        field(text, "actor", entry.actor());
        field(text, "subject_type", entry.subjectType());
        field(text, "subject_id", entry.subjectId());
        field(text, "request_id", entry.requestId());
        field(text, "source_address", entry.sourceAddress());
        field(text, "details", entry.detailsCanonical());
        field(text, "prev_hash", entry.prevHash());
        return sha256Hex(text.toString());
    }

    /** Compact JSON of already masked, key-sorted details (see {@link AuditMasking#maskDetails}). */
    static String detailsJson(Map<String, Object> maskedDetails) {
        return JSON.writeValueAsString(maskedDetails);
    }

    /** Instants as PostgreSQL stores them, so the hash computed before the insert survives the round trip. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String formatTime(Instant instant) {
        return TIME.format(instant);
    }

    /**
     * The bucket of a subject: the first four bytes of SHA-256(subject id), as an unsigned number,
     * modulo {@code buckets}; entries without a subject go to bucket 0. SHA-256 rather than
     * {@link String#hashCode()} so that anyone can recompute the bucket from the subject id alone.
     */
    static int bucket(String subjectId, int buckets) {
        if (subjectId == null) {
            return 0;
        }
        byte[] digest = sha256(subjectId);
        long first = ((digest[0] & 0xFFL) << 24) | ((digest[1] & 0xFFL) << 16) | ((digest[2] & 0xFFL) << 8)
                | (digest[3] & 0xFFL);
        return (int) (first % buckets);
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append('~');
        } else {
            text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        text.append('\n');
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
