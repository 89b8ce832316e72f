package io.mpesagw.gateway.checkout.adapter.out.persistence;

import io.mpesagw.gateway.checkout.application.CheckoutSession;
import io.mpesagw.gateway.checkout.application.CheckoutSessions;
import io.mpesagw.gateway.merchant.domain.KeyMode;
import io.mpesagw.gateway.merchant.domain.Merchant;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCheckoutSessions implements CheckoutSessions {

    private final JdbcClient jdbc;

    JdbcCheckoutSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(CheckoutSession s, String clientSecretDigest) {
        jdbc.sql("""
                insert into checkout_sessions (id, merchant_id, amount, reference, description, client_secret_digest,
                                               created_at, expires_at, mode)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.merchant().id(), s.amount(), s.reference(), s.description(), clientSecretDigest,
                        Timestamp.from(s.createdAt()), Timestamp.from(s.expiresAt()), s.mode().wireName())
                .update();
    }

    @Override
    public Optional<CheckoutSession> find(String sessionId, String clientSecretDigest) {
        return jdbc.sql("""
                select s.*, m.name as merchant_name from checkout_sessions s join merchants m on m.id = s.merchant_id
                where s.id = ? and s.client_secret_digest = ?""")
                .params(sessionId, clientSecretDigest)
                .query((rs, n) -> new CheckoutSession(rs.getString("id"),
                        new Merchant(rs.getString("merchant_id"), rs.getString("merchant_name")), rs.getLong("amount"),
                        rs.getString("reference"), rs.getString("description"), rs.getString("payment_id"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        rs.getString("mode") == null ? null : KeyMode.valueOf(rs.getString("mode").toUpperCase(Locale.ROOT))))
                .optional();
    }

    @Override
    public boolean attachPayment(String sessionId, String previousPaymentId, String paymentId) {
        // Allowed only if the session still points at what we read and that payment ended without money moving.
        return jdbc.sql("""
                update checkout_sessions s set payment_id = :paymentId
                where s.id = :sessionId and s.payment_id is not distinct from :previous
                  and (s.payment_id is null or exists (select 1 from payments p where p.id = s.payment_id
                                                       and p.status in ('failed', 'cancelled', 'expired')))""")
                .param("paymentId", paymentId)
                .param("sessionId", sessionId)
                .param("previous", previousPaymentId)
                .update() == 1;
    }
}
