package io.mpesagw.gateway.idempotency.adapter.out.persistence;

import io.mpesagw.gateway.idempotency.application.IdempotencyKeys;
import io.mpesagw.gateway.idempotency.domain.IdempotencyRecord;
import io.mpesagw.gateway.idempotency.domain.IdempotentRequest;
import io.mpesagw.gateway.idempotency.domain.RequestFingerprint;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIdempotencyKeys implements IdempotencyKeys {

    private static final String ROW = "merchant_id = :merchant and endpoint = :endpoint and key_digest = :key";

    private final JdbcClient jdbc;
    private final ResponseSeal seal;

    JdbcIdempotencyKeys(JdbcClient jdbc, ResponseSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    @Override
    public boolean claim(IdempotentRequest request, String claimToken, Instant now, Instant lockedUntil, Instant expiresAt) {
        return row("""
                insert into idempotency_keys (merchant_id, endpoint, key_digest, request_fingerprint, state, claim_token,
                                              created_at, locked_until, expires_at)
                values (:merchant, :endpoint, :key, :fingerprint, 'in_flight', :claim, :now, :lockedUntil, :expiresAt)
                on conflict do nothing""", request)
                .param("fingerprint", request.fingerprint().sha256()).param("claim", claimToken)
                .param("now", Timestamp.from(now)).param("lockedUntil", Timestamp.from(lockedUntil))
                .param("expiresAt", Timestamp.from(expiresAt))
                .update() == 1;
    }

    @Override
    public Optional<IdempotencyRecord> find(IdempotentRequest request) {
        return row("select * from idempotency_keys where " + ROW, request).query((rs, n) -> {
            RequestFingerprint fingerprint = new RequestFingerprint(rs.getString("request_fingerprint"));
            Instant expiresAt = rs.getTimestamp("expires_at").toInstant();
            IdempotencyRecord known = "completed".equals(rs.getString("state"))
                    ? new IdempotencyRecord.Completed(fingerprint, rs.getInt("response_status"),
                            seal.open(request, rs.getString("response_body")), expiresAt)
                    : new IdempotencyRecord.InFlight(fingerprint, rs.getTimestamp("locked_until").toInstant(), expiresAt);
            return known;
        }).optional();
    }

    @Override
    public boolean takeOver(IdempotentRequest request, String claimToken, Instant now, Instant lockedUntil) {
        return row("update idempotency_keys set claim_token = :claim, locked_until = :lockedUntil where " + ROW
                + " and state = 'in_flight' and locked_until < :now and request_fingerprint = :fingerprint", request)
                .param("claim", claimToken).param("lockedUntil", Timestamp.from(lockedUntil))
                .param("now", Timestamp.from(now)).param("fingerprint", request.fingerprint().sha256())
                .update() == 1;
    }

    @Override
    public boolean complete(IdempotentRequest request, String claimToken, int status, String body) {
        return row("update idempotency_keys set state = 'completed', response_status = :status, response_body = :body where "
                + ROW + " and state = 'in_flight' and claim_token = :claim", request)
                .param("status", status).param("body", seal.seal(request, body)).param("claim", claimToken)
                .update() == 1;
    }

    @Override
    public void release(IdempotentRequest request, String claimToken) {
        row("delete from idempotency_keys where " + ROW + " and state = 'in_flight' and claim_token = :claim", request)
                .param("claim", claimToken).update();
    }

    @Override
    public void forgetIfExpired(IdempotentRequest request, Instant now) {
        row("delete from idempotency_keys where " + ROW + " and expires_at <= :now", request)
                .param("now", Timestamp.from(now)).update();
    }

    @Override
    public int deleteExpired(Instant now) {
        return jdbc.sql("delete from idempotency_keys where expires_at <= ?").param(Timestamp.from(now)).update();
    }

    private JdbcClient.StatementSpec row(String sql, IdempotentRequest request) {
        return jdbc.sql(sql).param("merchant", request.merchantId()).param("endpoint", request.endpoint())
                .param("key", SecretDigest.of(request.key().value()));
    }
}
