package io.mpesagw.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends audit entries in the caller's transaction, so an entry commits or rolls back with the
 * state change it records.
 *
 * <p>Each entry goes to the chain {@code <service>:<bucket of its subject id>}. Appending takes a
 * transaction-scoped advisory lock on that chain, which is held until the caller commits: record
 * the entry as late in the transaction as you can, and keep one transaction to one subject where
 * possible (two transactions locking the same two chains in opposite orders would deadlock, and
 * PostgreSQL would abort one of them).
 */
public final class AuditTrail {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AuditSettings settings;
    private final Clock clock;

    /** {@code dataSource} must be the one the caller's transaction manager binds connections for. */
    public AuditTrail(DataSource dataSource, AuditSettings settings, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.jdbc = JdbcClient.create(dataSource);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Masks, chains and inserts the entry on the transaction's connection.
     *
     * @throws IllegalStateException when no transaction on this trail's DataSource is active
     */
    public StoredEntry record(AuditEntry entry) {
        requireCallersTransaction();
        // the bucket comes from the subject id as stored (masked), so an auditor can recompute it
        String chainId = settings.chainOf(AuditMasking.maskText(entry.subjectId()));
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(chainId).query().singleRow();
        ChainHead head = jdbc.sql("select last_seq, last_hash from audit.chain_heads where chain_id = ? for update")
                .param(chainId)
                .query((row, n) -> new ChainHead(row.getLong("last_seq"), row.getString("last_hash")))
                .optional().orElse(ChainHead.EMPTY);
        StoredEntry stored = sealed(entry, chainId, head);
        long id = insert(stored);
        advanceHead(stored, head);
        return stored.withId(id);
    }

    private void requireCallersTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("AuditTrail.record must run inside the transaction of the state change it"
                    + " records (e.g. @Transactional or TransactionTemplate), so both commit or roll back together");
        }
        if (TransactionSynchronizationManager.getResource(dataSource) == null) {
            throw new IllegalStateException("the active transaction is not bound to the audit trail's DataSource:"
                    + " the entry would commit on its own; give AuditTrail the transaction manager's DataSource");
        }
    }

    /** The entry as it will be stored: masked, positioned after the head, hashed. */
    private StoredEntry sealed(AuditEntry entry, String chainId, ChainHead head) {
        String details = AuditCanonicalForm.detailsJson(AuditMasking.maskDetails(entry.details()));
        StoredEntry unhashed = new StoredEntry(0, chainId, head.lastSeq() + 1,
                AuditCanonicalForm.storable(clock.instant()), settings.service(), entry.type().name(),
                AuditMasking.maskText(entry.actor()), AuditMasking.maskText(entry.subjectType()),
                AuditMasking.maskText(entry.subjectId()), AuditMasking.maskText(entry.requestId()),
                AuditMasking.maskText(entry.sourceAddress()), details, head.lastHash(), null);
        return unhashed.withHash(unhashed.expectedHash());
    }

    private long insert(StoredEntry e) {
        return jdbc.sql("""
                        insert into audit.entries (chain_id, seq, occurred_at, service, event_type, actor, subject_type,
                            subject_id, request_id, source_address, details_canonical, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(e.chainId(), e.seq(), OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC),
                        e.service(), e.eventType(), e.actor(), e.subjectType(), e.subjectId(), e.requestId(),
                        e.sourceAddress(), e.detailsCanonical(), e.prevHash(), e.hash())
                .query(Long.class).single();
    }

    private void advanceHead(StoredEntry e, ChainHead head) {
        if (head.lastSeq() == 0) {
            jdbc.sql("insert into audit.chain_heads (chain_id, last_seq, last_hash) values (?, ?, ?)")
                    .params(e.chainId(), e.seq(), e.hash()).update();
        } else {
            jdbc.sql("update audit.chain_heads set last_seq = ?, last_hash = ? where chain_id = ?")
                    .params(e.seq(), e.hash(), e.chainId()).update();
        }
    }
}
