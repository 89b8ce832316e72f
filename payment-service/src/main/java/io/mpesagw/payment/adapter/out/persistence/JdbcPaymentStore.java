package io.mpesagw.payment.adapter.out.persistence;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.payment.application.DuePayment;
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
                                      push_attempted_at, created_at, updated_at, credential_set)
                values (:id, :merchant, :amount, :msisdn, :reference, :description, :status, :attempted, :at, :at,
                        :credentialSet)
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
                .param("credentialSet", payment.credentialSet())
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

    @Override
    public Optional<DuePayment> claimNextDue(DueCutoffs cutoffs) {
        // SKIP LOCKED: instances never wait for each other's rows; the claim (next_reconcile_at) keeps
        // the payment away from them after this transaction ends, while the Daraja query runs.
        return jdbc.sql("""
                with due as (
                    select id from payments
                    where status in ('requested', 'submitted', 'unknown')
                      and failure_code is distinct from :flagged
                      and (next_reconcile_at <= :now
                           or (next_reconcile_at is null and push_attempted_at <= case
                                   when checkout_request_id is null then cast(:expiredBefore as timestamptz)
                                   else cast(:queryBefore as timestamptz) end))
                    order by coalesce(next_reconcile_at, push_attempted_at)
                    limit 1
                    for update skip locked)
                update payments p set next_reconcile_at = :claimUntil, reconcile_attempts = p.reconcile_attempts + 1
                from due where p.id = due.id
                returning p.*""")
                .param("flagged", CALLBACK_MISMATCH)
                .param("now", Timestamp.from(cutoffs.now()))
                .param("expiredBefore", Timestamp.from(cutoffs.endIfPushedBefore()))
                .param("queryBefore", Timestamp.from(cutoffs.queryIfPushedBefore()))
                .param("claimUntil", Timestamp.from(cutoffs.claimUntil()))
                .query((rs, n) -> new DuePayment(toPayment(rs, n), rs.getTimestamp("push_attempted_at").toInstant(),
                        rs.getInt("reconcile_attempts")))
                .optional();
    }

    @Override
    public boolean scheduleNextCheck(String paymentId, Instant at) {
        return jdbc.sql("""
                update payments set next_reconcile_at = ?
                where id = ? and status in ('requested', 'submitted', 'unknown')""")
                .params(Timestamp.from(at), paymentId).update() == 1;
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
        // A final state states its own failure code (none for a success): an unknown payment that then
        // succeeds must not keep the code of the doubt it was in.
        return jdbc.sql("""
                update payments set status = :status,
                       checkout_request_id = coalesce(:checkout, checkout_request_id),
                       merchant_request_id = coalesce(:merchantRequest, merchant_request_id),
                       failure_code = case when :final then cast(:failure as text)
                                           else coalesce(cast(:failure as text), failure_code) end,
                       daraja_result_code = coalesce(:darajaCode, daraja_result_code),
                       mpesa_receipt = coalesce(:receipt, mpesa_receipt),
                       updated_at = :at
                where id = :id and status = any(:allowedFrom)""")
                .param("status", name(change.state()))
                .param("checkout", change.checkoutRequestId())
                .param("merchantRequest", change.merchantRequestId())
                .param("failure", change.failureCode())
                .param("final", change.state().isFinal())
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
                rs.getString("checkout_request_id"), rs.getString("failure_code"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("credential_set"));
    }

    private static String name(PaymentState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
