package io.mpesagw.gateway.merchant.adapter.out.persistence;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.gateway.merchant.application.MerchantDirectory;
import io.mpesagw.gateway.merchant.domain.KeyKind;
import io.mpesagw.gateway.merchant.domain.Merchant;
import io.mpesagw.kit.ids.Ids;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcMerchantDirectory implements MerchantDirectory {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcMerchantDirectory(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<KeyHolder> findByKeyDigest(String keyDigest) {
        return jdbc.sql("select m.name as merchant_name, " + ApiKeyRows.COLUMNS
                        + " from api_keys k join merchants m on m.id = k.merchant_id where k.key_digest = ?")
                .param(keyDigest)
                .query((rs, n) -> new KeyHolder(new Merchant(rs.getString("merchant_id"), rs.getString("merchant_name")),
                        ApiKeyRows.map(rs)))
                .optional();
    }

    @Override
    @Transactional
    public void ensureMerchantWithKey(Merchant merchant, String keyDigest, String mode) {
        ensureMerchantWithKey(merchant, keyDigest, KeyKind.SECRET, mode);
    }

    @Override
    @Transactional
    public void ensureMerchantWithKey(Merchant merchant, String keyDigest, KeyKind kind, String mode) {
        boolean merchantCreated = jdbc.sql(
                        "insert into merchants (id, name, created_at) values (?, ?, now()) on conflict (id) do nothing")
                .params(merchant.id(), merchant.name()).update() == 1;
        if (merchantCreated) {
            audit.record(configurationChange("merchant", merchant.id(),
                    Map.of("change", "merchant_created", "merchantId", merchant.id(), "name", merchant.name())));
        }
        String keyId = Ids.newId("key");
        boolean keyCreated = jdbc.sql("""
                insert into api_keys (id, merchant_id, key_digest, kind, mode, created_at) values (?, ?, ?, ?, ?, now())
                on conflict (key_digest) do nothing""")
                .params(keyId, merchant.id(), keyDigest, kind.wireName(), mode).update() == 1;
        if (keyCreated) {
            audit.record(configurationChange("api_key", keyId, Map.of("change", "api_key_created",
                    "merchantId", merchant.id(), "keyId", keyId, "kind", kind.wireName(), "mode", mode)));
        }
    }

    private static AuditEntry configurationChange(String subjectType, String subjectId, Map<String, ?> facts) {
        return AuditEntry.of(AuditEventType.CONFIGURATION_CHANGED, AuditEntry.SYSTEM, subjectType, subjectId)
                .withDetails(facts);
    }
}
