package io.mpesagw.audit;

import io.mpesagw.audit.VerificationResult.BrokenLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Recomputes every chain of {@code audit.entries} from its first entry to its head and reports the
 * first broken link of each broken chain (see {@link ChainWalk} for the rules).
 *
 * <p>Reads in one read-only REPEATABLE READ transaction, so entries appended while it runs (and the
 * heads they move) are consistently invisible; rows are streamed, not loaded at once.
 */
public final class AuditVerifier {

    private static final int FETCH_SIZE = 1_000;

    private AuditVerifier() {
    }

    public static VerificationResult verify(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return walk(connection, heads(connection));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    private static VerificationResult walk(Connection connection, Map<String, ChainHead> heads) throws SQLException {
        Map<String, ChainHead> headless = new HashMap<>(heads);
        List<BrokenLink> broken = new ArrayList<>();
        int chains = 0;
        long entries = 0;
        try (PreparedStatement query = connection.prepareStatement(
                "select " + StoredEntry.COLUMNS + " from audit.entries order by chain_id, seq, id")) {
            query.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = query.executeQuery()) {
                ChainWalk walk = null;
                String chainId = null;
                while (rows.next()) {
                    StoredEntry entry = StoredEntry.read(rows, 0);
                    if (!entry.chainId().equals(chainId)) {
                        if (walk != null) {
                            walk.finish(heads.get(chainId)).ifPresent(broken::add);
                        }
                        chainId = entry.chainId();
                        headless.remove(chainId);
                        walk = new ChainWalk(chainId);
                        chains++;
                    }
                    walk.accept(entry);
                    entries++;
                }
                if (walk != null) {
                    walk.finish(heads.get(chainId)).ifPresent(broken::add);
                }
            }
        }
        // a head without a single entry: the whole chain was removed
        for (Map.Entry<String, ChainHead> orphan : headless.entrySet()) {
            chains++;
            new ChainWalk(orphan.getKey()).finish(orphan.getValue()).ifPresent(broken::add);
        }
        return broken.isEmpty() ? new VerificationResult.Intact(chains, entries)
                : new VerificationResult.Broken(chains, entries, broken);
    }

    private static Map<String, ChainHead> heads(Connection connection) throws SQLException {
        Map<String, ChainHead> heads = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select chain_id, last_seq, last_hash from audit.chain_heads");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                heads.put(rows.getString(1), new ChainHead(rows.getLong(2), rows.getString(3)));
            }
        }
        return heads;
    }
}
