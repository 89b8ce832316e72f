package io.mpesagw.gateway.merchant.adapter.out.persistence;

import static io.mpesagw.gateway.merchant.adapter.out.persistence.ApiKeyRows.timestamp;

import io.mpesagw.gateway.merchant.application.ApiKeys;
import io.mpesagw.gateway.merchant.domain.ApiKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcApiKeys implements ApiKeys {

    private final JdbcClient jdbc;

    JdbcApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(ApiKey key, String keyDigest) {
        jdbc.sql("""
                insert into api_keys (id, merchant_id, key_digest, kind, mode, created_at, expires_at, revoked_at, replaced_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key.id(), key.merchantId(), keyDigest, key.kind().wireName(), key.mode().wireName(),
                        timestamp(key.createdAt()), timestamp(key.expiresAt()), timestamp(key.revokedAt()),
                        key.replacedBy())
                .update();
    }

    @Override
    public Optional<ApiKey> find(String merchantId, String keyId) {
        return jdbc.sql("select " + ApiKeyRows.COLUMNS + " from api_keys k where k.merchant_id = ? and k.id = ?")
                .params(merchantId, keyId).query((rs, n) -> ApiKeyRows.map(rs)).optional();
    }

    @Override
    public List<ApiKey> ofMerchant(String merchantId) {
        return jdbc.sql("select " + ApiKeyRows.COLUMNS + " from api_keys k where k.merchant_id = ? order by k.created_at, k.id")
                .param(merchantId).query((rs, n) -> ApiKeyRows.map(rs)).list();
    }

    @Override
    public boolean markRotated(String merchantId, String keyId, Instant expiresAt, String replacedBy) {
        return jdbc.sql("""
                update api_keys set expires_at = ?, replaced_by = ?
                where merchant_id = ? and id = ? and expires_at is null and revoked_at is null""")
                .params(timestamp(expiresAt), replacedBy, merchantId, keyId).update() == 1;
    }

    @Override
    public boolean revoke(String merchantId, String keyId, Instant revokedAt) {
        return jdbc.sql("update api_keys set revoked_at = ? where merchant_id = ? and id = ? and revoked_at is null")
                .params(timestamp(revokedAt), merchantId, keyId).update() == 1;
    }
}
