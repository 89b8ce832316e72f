package io.mpesagw.gateway.payout.adapter.out.persistence;

import io.mpesagw.contracts.PayoutEvent;
import io.mpesagw.contracts.PayoutFailed;
import io.mpesagw.contracts.PayoutStatus;
import io.mpesagw.contracts.PayoutSubmitted;
import io.mpesagw.contracts.PayoutSucceeded;
import io.mpesagw.contracts.PayoutUnknown;
import io.mpesagw.gateway.listing.KeysetPages;
import io.mpesagw.gateway.listing.Listing;
import io.mpesagw.gateway.payout.application.PayoutViews;
import io.mpesagw.gateway.payout.domain.PayoutView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPayoutViews implements PayoutViews {

    private final JdbcClient jdbc;

    JdbcPayoutViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(PayoutView p) {
        jdbc.sql("""
                insert into payouts (id, merchant_id, amount, msisdn, reference, remarks, occasion, status, message,
                                     created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), p.merchantId(), p.amount(), p.msisdn(), p.reference(), p.remarks(), p.occasion(),
                        p.status().wireName(), p.message(), Timestamp.from(p.createdAt()), Timestamp.from(p.updatedAt()))
                .update();
    }

    @Override
    public Optional<PayoutView> find(String merchantId, String payoutId) {
        return jdbc.sql("select * from payouts where id = ? and merchant_id = ?").params(payoutId, merchantId)
                .query(JdbcPayoutViews::toView).optional();
    }

    @Override
    public Listing.Page<PayoutView> page(Listing.Query query) {
        return KeysetPages.page(jdbc, "payouts", query, JdbcPayoutViews::toView);
    }

    @Override
    public boolean apply(PayoutEvent event) {
        String receipt = event instanceof PayoutSucceeded succeeded ? succeeded.mpesaReceipt() : null;
        String failureCode = event instanceof PayoutFailed failed ? failed.failureCode() : null;
        String message = switch (event) {
            case PayoutSubmitted submitted -> "M-Pesa is processing the payout.";
            case PayoutUnknown unknown -> "M-Pesa has not confirmed the payout yet; its status is being checked.";
            case PayoutSucceeded succeeded -> "The payout was paid.";
            case PayoutFailed failed -> failed.message();
        };
        // A final status is never overwritten, and an event never moves the view back to an earlier one.
        return jdbc.sql("""
                update payouts set status = ?, message = ?, failure_code = coalesce(?, failure_code),
                       mpesa_receipt = coalesce(?, mpesa_receipt), updated_at = ?
                where id = ? and status not in ('succeeded', 'failed')
                  and not (status = 'unknown' and ? = 'submitted')""")
                .params(event.status().wireName(), message, failureCode, receipt, Timestamp.from(event.occurredAt()),
                        event.payoutId(), event.status().wireName())
                .update() == 1;
    }

    private static PayoutView toView(ResultSet rs, int row) throws SQLException {
        return new PayoutView(rs.getString("id"), rs.getString("merchant_id"), rs.getLong("amount"),
                rs.getString("msisdn"), rs.getString("reference"), rs.getString("remarks"), rs.getString("occasion"),
                PayoutStatus.fromWireName(rs.getString("status")), rs.getString("failure_code"), rs.getString("message"),
                rs.getString("mpesa_receipt"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
