package io.mpesagw.gateway.payment.adapter.out.persistence;

import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.PaymentFailed;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.contracts.PaymentSucceeded;
import io.mpesagw.contracts.PaymentUnknown;
import io.mpesagw.gateway.listing.KeysetPages;
import io.mpesagw.gateway.listing.Listing;
import io.mpesagw.gateway.payment.application.PaymentViews;
import io.mpesagw.gateway.payment.domain.PaymentView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPaymentViews implements PaymentViews {

    private final JdbcClient jdbc;

    JdbcPaymentViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(PaymentView p) {
        jdbc.sql("""
                insert into payments (id, merchant_id, amount, msisdn, reference, description, status, message,
                                      checkout_session_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), p.merchantId(), p.amount(), p.msisdn(), p.reference(), p.description(),
                        p.status().wireName(), p.message(), p.checkoutSessionId(), Timestamp.from(p.createdAt()),
                        Timestamp.from(p.updatedAt()))
                .update();
    }

    @Override
    public Optional<PaymentView> find(String merchantId, String paymentId) {
        return jdbc.sql("select * from payments where id = ? and merchant_id = ?").params(paymentId, merchantId)
                .query(JdbcPaymentViews::toView).optional();
    }

    @Override
    public Optional<PaymentView> find(String paymentId) {
        return jdbc.sql("select * from payments where id = ?").param(paymentId).query(JdbcPaymentViews::toView).optional();
    }

    @Override
    public Listing.Page<PaymentView> page(Listing.Query query) {
        return KeysetPages.page(jdbc, "payments", query, JdbcPaymentViews::toView);
    }

    @Override
    public boolean apply(PaymentEvent event) {
        String receipt = event instanceof PaymentSucceeded succeeded ? succeeded.mpesaReceipt() : null;
        String failureCode = event instanceof PaymentFailed failed ? failed.failureCode() : null;
        String unknownReason = event instanceof PaymentUnknown unknown ? unknown.reasonCode() : null;
        // Only forward (PaymentStatus.mayMoveTo): a final status is never overwritten, and an event that
        // arrives late or twice never moves the view back, e.g. from unknown to submitted.
        String[] replaceable = Arrays.stream(PaymentStatus.values()).filter(s -> s.mayMoveTo(event.status()))
                .map(PaymentStatus::wireName).toArray(String[]::new);
        return jdbc.sql("""
                update payments set status = ?, message = ?, failure_code = ?, unknown_reason = ?,
                       mpesa_receipt = coalesce(?, mpesa_receipt), updated_at = ?
                where id = ? and status = any(?)""")
                .params(event.status().wireName(), event.customerMessage(), failureCode, unknownReason, receipt,
                        Timestamp.from(event.occurredAt()), event.paymentId(), replaceable)
                .update() == 1;
    }

    private static PaymentView toView(ResultSet rs, int row) throws SQLException {
        return new PaymentView(rs.getString("id"), rs.getString("merchant_id"), rs.getLong("amount"),
                rs.getString("msisdn"), rs.getString("reference"), rs.getString("description"),
                PaymentStatus.fromWireName(rs.getString("status")), rs.getString("failure_code"),
                rs.getString("unknown_reason"), rs.getString("message"), rs.getString("mpesa_receipt"),
                rs.getString("checkout_session_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
