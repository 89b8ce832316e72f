package io.mpesagw.token.adapter.out.persistence;

import io.mpesagw.kit.crypto.SealedBox;
import io.mpesagw.token.domain.LeasedToken;
import io.mpesagw.token.domain.SharedTokenStore;
import io.mpesagw.token.domain.TokenSourceException;
import io.mpesagw.token.domain.TokenUnavailableException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The replicas' shared tokens in PostgreSQL: sealed with AES-GCM (bound to the credential set and
 * the token's times, so an edited row does not open), and refreshed under a transaction-scoped
 * advisory lock, so that one replica at a time calls OAuth and the lock can never outlive a crash.
 */
public final class JdbcSharedTokenStore implements SharedTokenStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcSharedTokenStore.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SealedBox box;
    private final String replica;
    private final Clock clock;

    public JdbcSharedTokenStore(JdbcClient jdbc, TransactionTemplate transactions, SealedBox box, String replica,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.box = box;
        this.replica = replica;
        this.clock = clock;
    }

    private record Row(String keyId, byte[] nonce, byte[] ciphertext, Instant issuedAt, Instant expiresAt) {
    }

    @Override
    public Optional<LeasedToken> read(String credentialSet) {
        return jdbc.sql("""
                        SELECT key_id, nonce, ciphertext, issued_at, expires_at FROM daraja_tokens
                        WHERE credential_set = ?""")
                .param(credentialSet)
                .query((rs, n) -> new Row(rs.getString(1), rs.getBytes(2), rs.getBytes(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
                .optional()
                .flatMap(row -> open(credentialSet, row));
    }

    private Optional<LeasedToken> open(String credentialSet, Row row) {
        try {
            byte[] value = box.open(new SealedBox.Sealed(row.keyId(), row.nonce(), row.ciphertext()),
                    associatedData(credentialSet, row.issuedAt(), row.expiresAt()));
            return Optional.of(new LeasedToken(new String(value, StandardCharsets.UTF_8), row.issuedAt(), row.expiresAt()));
        } catch (SealedBox.UnsealException e) {
            // treated as no token: the next refresh replaces the row with one this replica can vouch for
            log.warn("ignoring the stored token of credential set '{}': it {}", credentialSet, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public LeasedToken underRefreshLock(String credentialSet, Duration wait, RefreshWork work) throws TokenSourceException {
        try {
            return transactions.execute(tx -> {
                lockForRefresh(credentialSet, wait);
                try {
                    return work.run();
                } catch (TokenSourceException e) {
                    throw new Unchecked(e);
                }
            });
        } catch (Unchecked e) {
            throw e.cause;
        } catch (DataAccessException e) {
            if (!isLockTimeout(e)) {
                throw e;
            }
            throw new TokenSourceException("another replica held the refresh lock of credential set '" + credentialSet
                    + "' for longer than " + wait, null);
        }
    }

    @Override
    public void save(String credentialSet, LeasedToken token) {
        SealedBox.Sealed sealed = box.seal(token.value().getBytes(StandardCharsets.UTF_8),
                associatedData(credentialSet, token.issuedAt(), token.expiresAt()));
        jdbc.sql("""
                        INSERT INTO daraja_tokens (credential_set, key_id, nonce, ciphertext, issued_at, expires_at,
                                                   refreshed_by, refreshed_at)
                        VALUES (:set, :keyId, :nonce, :ciphertext, :issuedAt, :expiresAt, :replica, :now)
                        ON CONFLICT (credential_set) DO UPDATE SET key_id = excluded.key_id, nonce = excluded.nonce,
                            ciphertext = excluded.ciphertext, issued_at = excluded.issued_at,
                            expires_at = excluded.expires_at, refreshed_by = excluded.refreshed_by,
                            refreshed_at = excluded.refreshed_at""")
                .param("set", credentialSet).param("keyId", sealed.keyId()).param("nonce", sealed.nonce())
                .param("ciphertext", sealed.ciphertext()).param("issuedAt", Timestamp.from(token.issuedAt()))
                .param("expiresAt", Timestamp.from(token.expiresAt())).param("replica", replica)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public void discard(String credentialSet, Duration wait) {
        try {
            transactions.executeWithoutResult(tx -> {
                lockForRefresh(credentialSet, wait);
                jdbc.sql("DELETE FROM daraja_tokens WHERE credential_set = ?").param(credentialSet).update();
            });
        } catch (DataAccessException e) {
            if (!isLockTimeout(e)) {
                throw e;
            }
            throw new TokenUnavailableException("a token refresh of credential set '" + credentialSet
                    + "' held its lock for longer than " + wait + "; nothing was changed, retry shortly");
        }
    }

    private void lockForRefresh(String credentialSet, Duration wait) {
        jdbc.sql("SELECT set_config('lock_timeout', ?, true)").param(wait.toMillis() + "ms").query(String.class).single();
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(lockKey(credentialSet)).query(Integer.class).single();
    }

    /** PostgreSQL's lock_not_available (55P03), whichever exception Spring wrapped it in. */
    private static boolean isLockTimeout(DataAccessException e) {
        return e.getMostSpecificCause() instanceof SQLException sql && "55P03".equals(sql.getSQLState());
    }

    /** Binds the ciphertext to its row: moved to another set or given another expiry, it no longer opens. */
    private static byte[] associatedData(String credentialSet, Instant issuedAt, Instant expiresAt) {
        return ("daraja_tokens|" + credentialSet + "|" + issuedAt.toEpochMilli() + "|" + expiresAt.toEpochMilli())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A stable 64-bit advisory lock key per credential set, namespaced so no other lock user collides. */
    static long lockKey(String credentialSet) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("token-service:refresh:" + credentialSet).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Carries the checked failure out of the transaction callback (which then rolls back). */
    private static final class Unchecked extends RuntimeException {
        private final TokenSourceException cause;

        Unchecked(TokenSourceException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }
}
