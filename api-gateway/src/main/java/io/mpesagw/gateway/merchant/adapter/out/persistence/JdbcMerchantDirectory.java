package io.mpesagw.gateway.merchant.adapter.out.persistence;

import io.mpesagw.gateway.merchant.application.MerchantDirectory;
import io.mpesagw.gateway.merchant.domain.Merchant;
import io.mpesagw.kit.ids.Ids;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcMerchantDirectory implements MerchantDirectory {

    private final JdbcClient jdbc;

    JdbcMerchantDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Merchant> findByActiveKeyDigest(String keyDigest) {
        return jdbc.sql("""
                select m.id, m.name from api_keys k join merchants m on m.id = k.merchant_id
                where k.key_digest = ? and k.revoked_at is null""")
                .param(keyDigest)
                .query((rs, n) -> new Merchant(rs.getString(1), rs.getString(2)))
                .optional();
    }

    @Override
    @Transactional
    public void ensureMerchantWithKey(Merchant merchant, String keyDigest, String mode) {
        jdbc.sql("insert into merchants (id, name, created_at) values (?, ?, now()) on conflict (id) do nothing")
                .params(merchant.id(), merchant.name()).update();
        jdbc.sql("""
                insert into api_keys (id, merchant_id, key_digest, mode, created_at) values (?, ?, ?, ?, now())
                on conflict (key_digest) do nothing""")
                .params(Ids.newId("key"), merchant.id(), keyDigest, mode).update();
    }
}
