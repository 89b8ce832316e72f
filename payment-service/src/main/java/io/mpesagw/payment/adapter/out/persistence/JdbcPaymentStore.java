package io.mpesagw.payment.adapter.out.persistence;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.payment.application.PaymentStore;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.domain.PaymentState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPaymentStore implements PaymentStore {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcPaymentStore(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public boolean insertIfAbsent(Payment payment, Instant pushAttemptedAt) {
        boolean inserted = jdbc.sql("""
                insert into payments (id, merchant_id, amount, msisdn, account_reference, description, status,
                                      push_attempted_at, created_at, updated_at)
                values (:id, :merchant, :amount, :msisdn, :reference, :description, :status, :attempted, :at, :at)
                on conflict (id) do nothing""")
                .param("id", payment.id())
                .param("merchant", payment.merchantId())
                .param("amount", payment.amount())
                .param("msisdn", payment.msisdn())
                .param("reference", payment.accountReference())
                .param("description", payment.description())
                .param("status", name(payment.state()))
                .param("attempted", Timestamp.from(pushAttemptedAt))
                .param("at", Timestamp.from(payment.createdAt()))
                .update() == 1;
        if (inserted) {
            audit.record(AuditEntry.stateTransition("payment", payment.id(), null, name(payment.state()),
                    "STK push requested by merchant " + payment.merchantId()).withMerchant(payment.merchantId()));
        }
        return inserted;
    }

    @Override
    public Optional<Payment> find(String paymentId) {
        return jdbc.sql("select * from payments where id = ?").param(paymentId).query(JdbcPaymentStore::toPayment).optional();
    }

    @Override
    public boolean transition(String paymentId, Transition change) {
        // Locks the row, so the state read here is the one the guarded update below moves away from.
        Optional<LockedRow> locked = jdbc.sql("select status, merchant_id from payments where id = ? for update")
                .param(paymentId).query((row, n) -> new LockedRow(row.getString(1), row.getString(2))).optional();
        if (locked.isEmpty() || !guardedUpdate(paymentId, change)) {
            return false;
        }
        String from = locked.get().status();
        audit.record(AuditEntry.stateTransition("payment", paymentId, from, name(change.state()), change.reason())
                .withDetails(transitionFacts(from, change)).withMerchant(locked.get().merchantId()));
        return true;
    }

    private record LockedRow(String status, String merchantId) {
    }

    private static Map<String, Object> transitionFacts(String from, Transition change) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("from", from);
        facts.put("to", name(change.state()));
        facts.put("reason", change.reason());
        facts.put("failureCode", change.failureCode());
        facts.put("darajaResultCode", change.darajaResultCode());
        facts.put("checkoutRequestId", change.checkoutRequestId());
        facts.put("mpesaReceipt", change.mpesaReceipt());
        return facts;
    }

    private boolean guardedUpdate(String paymentId, Transition change) {
        String[] allowedFrom = PaymentState.allowedBefore(change.state()).stream()
                .map(JdbcPaymentStore::name).toArray(String[]::new);
        // Guarded update: the where clause, not a read-modify-write, decides whether the move is allowed.
        return jdbc.sql("""
                update payments set status = :status,
                       checkout_request_id = coalesce(:checkout, checkout_request_id),
                       merchant_request_id = coalesce(:merchantRequest, merchant_request_id),
                       failure_code = coalesce(:failure, failure_code),
                       daraja_result_code = coalesce(:darajaCode, daraja_result_code),
                       mpesa_receipt = coalesce(:receipt, mpesa_receipt),
                       updated_at = :at
                where id = :id and status = any(:allowedFrom)""")
                .param("status", name(change.state()))
                .param("checkout", change.checkoutRequestId())
                .param("merchantRequest", change.merchantRequestId())
                .param("failure", change.failureCode())
                .param("darajaCode", change.darajaResultCode())
                .param("receipt", change.mpesaReceipt())
                .param("at", Timestamp.from(change.at()))
                .param("id", paymentId)
                .param("allowedFrom", allowedFrom)
                .update() == 1;
    }

    private static Payment toPayment(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getString("id"), rs.getString("merchant_id"), rs.getLong("amount"),
                rs.getString("msisdn"), rs.getString("account_reference"), rs.getString("description"),
                PaymentState.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getString("checkout_request_id"), rs.getTimestamp("created_at").toInstant());
    }

    private static String name(PaymentState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
