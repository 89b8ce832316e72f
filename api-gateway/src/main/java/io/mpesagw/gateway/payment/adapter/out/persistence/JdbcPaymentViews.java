package io.mpesagw.gateway.payment.adapter.out.persistence;

import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.PaymentFailed;
import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.contracts.PaymentSubmitted;
import io.mpesagw.contracts.PaymentSucceeded;
import io.mpesagw.gateway.payment.application.PaymentListing;
import io.mpesagw.gateway.payment.application.PaymentViews;
import io.mpesagw.gateway.payment.domain.PaymentView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public PaymentListing.Page page(PaymentListing.Filter filter, PaymentListing.Cursor cursor, int limit) {
        StringBuilder sql = new StringBuilder("select * from payments where merchant_id = :merchant");
        Map<String, Object> params = new HashMap<>();
        params.put("merchant", filter.merchantId());
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().wireName());
        }
        if (filter.createdFrom() != null) {
            sql.append(" and created_at >= :from");
            params.put("from", Timestamp.from(filter.createdFrom()));
        }
        if (filter.createdTo() != null) {
            sql.append(" and created_at < :to");
            params.put("to", Timestamp.from(filter.createdTo()));
        }
        // (created_at, id) orders payments totally, so a cursor is exact even when two share a millisecond
        boolean newerFirst = switch (cursor) {
            case PaymentListing.Cursor.First first -> true;
            case PaymentListing.Cursor.After after -> {
                sql.append(" and (created_at, id) < (:cursorAt, :cursorId)");
                params.put("cursorAt", Timestamp.from(after.createdAt()));
                params.put("cursorId", after.id());
                yield true;
            }
            case PaymentListing.Cursor.Before before -> {
                sql.append(" and (created_at, id) > (:cursorAt, :cursorId)");
                params.put("cursorAt", Timestamp.from(before.createdAt()));
                params.put("cursorId", before.id());
                yield false;
            }
        };
        sql.append(newerFirst ? " order by created_at desc, id desc" : " order by created_at asc, id asc");
        sql.append(" limit :limit");
        params.put("limit", limit + 1);
        List<PaymentView> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(JdbcPaymentViews::toView).list());
        boolean hasMore = rows.size() > limit;
        List<PaymentView> page = new ArrayList<>(rows.subList(0, Math.min(limit, rows.size())));
        if (!newerFirst) {
            Collections.reverse(page); // ending_before reads towards the newest; the page is still shown newest first
        }
        return new PaymentListing.Page(List.copyOf(page), hasMore);
    }

    @Override
    public boolean apply(PaymentEvent event) {
        String receipt = event instanceof PaymentSucceeded succeeded ? succeeded.mpesaReceipt() : null;
        String failureCode = switch (event) {
            case PaymentFailed failed -> failed.failureCode();
            case PaymentSubmitted submitted -> null;
            case PaymentSucceeded succeeded -> null;
        };
        // A final status is never overwritten, whatever order or how often events arrive.
        return jdbc.sql("""
                update payments set status = ?, message = ?, failure_code = ?, mpesa_receipt = coalesce(?, mpesa_receipt),
                       updated_at = ?
                where id = ? and status not in ('succeeded', 'failed', 'cancelled', 'expired')""")
                .params(event.status().wireName(), event.customerMessage(), failureCode, receipt,
                        Timestamp.from(event.occurredAt()), event.paymentId())
                .update() == 1;
    }

    private static PaymentView toView(ResultSet rs, int row) throws SQLException {
        return new PaymentView(rs.getString("id"), rs.getString("merchant_id"), rs.getLong("amount"),
                rs.getString("msisdn"), rs.getString("reference"), rs.getString("description"),
                PaymentStatus.fromWireName(rs.getString("status")), rs.getString("failure_code"),
                rs.getString("message"), rs.getString("mpesa_receipt"), rs.getString("checkout_session_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
