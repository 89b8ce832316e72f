package io.mpesagw.payment.payout.adapter.out.persistence;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.payment.payout.application.PayoutStore;
import io.mpesagw.payment.payout.domain.Payout;
import io.mpesagw.payment.payout.domain.PayoutState;
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
class JdbcPayoutStore implements PayoutStore {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcPayoutStore(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public boolean insertIfAbsent(Payout p, Instant firstQueryAt) {
        boolean inserted = jdbc.sql("""
                insert into payouts (id, merchant_id, amount, msisdn, reference, remarks, occasion,
                                     originator_conversation_id, status, next_status_query_at, created_at, updated_at,
                                     credential_set)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do nothing""")
                .params(p.id(), p.merchantId(), p.amount(), p.msisdn(), p.reference(), p.remarks(), p.occasion(),
                        p.originatorConversationId(), name(p.state()), Timestamp.from(firstQueryAt),
                        Timestamp.from(p.createdAt()), Timestamp.from(p.createdAt()), p.credentialSet())
                .update() == 1;
        if (inserted) {
            Map<String, Object> facts = new HashMap<>();
            facts.put("from", null);
            facts.put("to", name(p.state()));
            facts.put("reason", "B2C payout requested by merchant " + p.merchantId());
            facts.put("originatorConversationId", p.originatorConversationId());
            facts.put("amount", p.amount());
            audit.record(AuditEntry.stateTransition("payout", p.id(), null, name(p.state()), "requested")
                    .withDetails(facts).withMerchant(p.merchantId()));
        }
        return inserted;
    }

    @Override
    public Optional<Payout> find(String payoutId) {
        return jdbc.sql("select * from payouts where id = ?").param(payoutId).query(JdbcPayoutStore::toPayout).optional();
    }

    @Override
    public boolean transition(String payoutId, Transition change) {
        // Locks the row, so the state read here is the one the guarded update below moves away from.
        Optional<Payout> locked = jdbc.sql("select * from payouts where id = ? for update").param(payoutId)
                .query(JdbcPayoutStore::toPayout).optional();
        if (locked.isEmpty() || !locked.get().state().canMoveTo(change.state())) {
            return false;
        }
        String[] allowedFrom = PayoutState.allowedBefore(change.state()).stream().map(JdbcPayoutStore::name)
                .toArray(String[]::new);
        boolean moved = jdbc.sql("""
                update payouts set status = :status,
                       conversation_id = coalesce(:conversation, conversation_id),
                       failure_code = coalesce(:failure, failure_code),
                       daraja_result_code = coalesce(:darajaCode, daraja_result_code),
                       mpesa_receipt = coalesce(:receipt, mpesa_receipt),
                       next_status_query_at = case when :final then null
                                                   else coalesce(:nextQuery, next_status_query_at) end,
                       updated_at = :at
                where id = :id and status = any(:allowedFrom)""")
                .param("status", name(change.state()))
                .param("conversation", change.conversationId())
                .param("failure", change.failureCode())
                .param("darajaCode", change.darajaResultCode())
                .param("receipt", change.mpesaReceipt())
                .param("final", change.state().isFinal())
                .param("nextQuery", change.nextStatusQueryAt() == null ? null : Timestamp.from(change.nextStatusQueryAt()))
                .param("at", Timestamp.from(change.at()))
                .param("id", payoutId)
                .param("allowedFrom", allowedFrom)
                .update() == 1;
        if (moved) {
            String from = name(locked.get().state());
            audit.record(AuditEntry.stateTransition("payout", payoutId, from, name(change.state()), change.reason())
                    .withDetails(facts(from, change)).withMerchant(locked.get().merchantId()));
        }
        return moved;
    }

    @Override
    public Optional<Payout> claimNextDue(Instant now, Instant claimUntil) {
        // SKIP LOCKED: instances never wait for each other; the lease keeps the payout away from them while one asks.
        return jdbc.sql("""
                with due as (
                    select id from payouts
                    where status in ('requested', 'submitted', 'unknown') and next_status_query_at <= :now
                    order by next_status_query_at
                    limit 1
                    for update skip locked)
                update payouts p set next_status_query_at = :claimUntil, status_queries = p.status_queries + 1
                from due where p.id = due.id
                returning p.*""")
                .param("now", Timestamp.from(now))
                .param("claimUntil", Timestamp.from(claimUntil))
                .query(JdbcPayoutStore::toPayout)
                .optional();
    }

    private static Map<String, Object> facts(String from, Transition change) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("from", from);
        facts.put("to", name(change.state()));
        facts.put("reason", change.reason());
        facts.put("conversationId", change.conversationId());
        facts.put("failureCode", change.failureCode());
        facts.put("darajaResultCode", change.darajaResultCode());
        facts.put("mpesaReceipt", change.mpesaReceipt());
        return facts;
    }

    private static Payout toPayout(ResultSet rs, int row) throws SQLException {
        return new Payout(rs.getString("id"), rs.getString("merchant_id"), rs.getLong("amount"), rs.getString("msisdn"),
                rs.getString("reference"), rs.getString("remarks"), rs.getString("occasion"),
                rs.getString("originator_conversation_id"), rs.getString("conversation_id"),
                PayoutState.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getString("mpesa_receipt"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("credential_set"));
    }

    private static String name(PayoutState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
