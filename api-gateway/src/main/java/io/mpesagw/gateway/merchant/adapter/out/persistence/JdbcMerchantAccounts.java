package io.mpesagw.gateway.merchant.adapter.out.persistence;

import static io.mpesagw.gateway.merchant.adapter.out.persistence.ApiKeyRows.instant;
import static io.mpesagw.gateway.merchant.adapter.out.persistence.ApiKeyRows.timestamp;

import io.mpesagw.gateway.merchant.application.MerchantAccounts;
import io.mpesagw.gateway.merchant.domain.MerchantProfile;
import java.net.URI;
import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMerchantAccounts implements MerchantAccounts {

    private final JdbcClient jdbc;

    JdbcMerchantAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(MerchantProfile m) {
        jdbc.sql("insert into merchants (id, name, allowed_origins, webhook_url, created_at) values (?, ?, ?, ?, ?)")
                .params(m.id(), m.name(), m.allowedOrigins().toArray(String[]::new), text(m.webhookUrl()),
                        timestamp(m.createdAt()))
                .update();
    }

    @Override
    public void update(MerchantProfile m) {
        jdbc.sql("update merchants set name = ?, allowed_origins = ?, webhook_url = ? where id = ?")
                .params(m.name(), m.allowedOrigins().toArray(String[]::new), text(m.webhookUrl()), m.id())
                .update();
    }

    @Override
    public Optional<MerchantProfile> find(String merchantId) {
        return jdbc.sql("select id, name, allowed_origins, webhook_url, created_at from merchants where id = ?")
                .param(merchantId)
                .query((rs, n) -> new MerchantProfile(rs.getString("id"), rs.getString("name"),
                        origins(rs.getArray("allowed_origins")),
                        rs.getString("webhook_url") == null ? null : URI.create(rs.getString("webhook_url")),
                        instant(rs, "created_at")))
                .optional();
    }

    @Override
    public List<String> allowedOriginsForCheckoutSession(String checkoutSessionId) {
        return jdbc.sql("""
                select m.allowed_origins from checkout_sessions s join merchants m on m.id = s.merchant_id
                where s.id = ?""")
                .param(checkoutSessionId)
                .query((rs, n) -> origins(rs.getArray(1)))
                .optional().orElse(List.of());
    }

    private static List<String> origins(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static String text(URI uri) {
        return uri == null ? null : uri.toString();
    }
}
