package io.mpesagw.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.testsupport.SharedInfrastructure;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditTrailTest {

    private static AuditDatabase db;
    private static AuditTrail trail;

    @BeforeAll
    static void schema() {
        db = AuditDatabase.fresh("audit_trail");
        db.owner().sql("create table payments (id text primary key, state text not null)").update();
        db.owner().sql("grant select, insert, update on payments to " + db.database().user()).update();
        trail = db.trail("payment-service", 4, Clock.systemUTC());
    }

    @ParameterizedTest
    @EnumSource(AuditEventType.class)
    void an_entry_of_each_kind_commits_with_its_state_change(AuditEventType type) {
        String paymentId = "pay_commit_" + type;
        StoredEntry stored = db.inTransaction(() -> {
            db.jdbc().sql("insert into payments values (?, 'SUBMITTED')").param(paymentId).update();
            return trail.record(AuditEntry.of(type, "mer_1", "payment", paymentId).withDetails(Map.of("amount", 10)));
        });

        assertThat(count("select count(*) from payments where id = ?", paymentId)).isOne();
        assertThat(count("select count(*) from audit.entries where subject_id = ? and event_type = ? and id = ?",
                paymentId, type.name(), stored.id())).isOne();
    }

    @ParameterizedTest
    @EnumSource(AuditEventType.class)
    void an_entry_of_each_kind_rolls_back_with_its_state_change(AuditEventType type) {
        String paymentId = "pay_rollback_" + type;
        long headsBefore = count("select coalesce(sum(last_seq), 0) from audit.chain_heads");
        db.transactions().executeWithoutResult(status -> {
            db.jdbc().sql("insert into payments values (?, 'SUBMITTED')").param(paymentId).update();
            trail.record(AuditEntry.of(type, "mer_1", "payment", paymentId));
            status.setRollbackOnly(); // the state change failed after the entry was written
        });

        assertThat(count("select count(*) from payments where id = ?", paymentId)).isZero();
        assertThat(count("select count(*) from audit.entries where subject_id = ?", paymentId)).isZero();
        assertThat(count("select coalesce(sum(last_seq), 0) from audit.chain_heads")).isEqualTo(headsBefore);
        assertThat(AuditVerifier.verify(db.dataSource())).isInstanceOf(VerificationResult.Intact.class);
    }

    @Test
    void refuses_to_record_outside_a_transaction() {
        assertThatThrownBy(() -> trail.record(AuditEntry.of(AuditEventType.API_REQUEST, "mer_1", "payment", "pay_x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");
    }

    @Test
    void refuses_a_transaction_bound_to_another_data_source() {
        // same database, other DataSource object: the entry would commit on a connection of its own
        var otherTransactions = new TransactionTemplate(new DataSourceTransactionManager(
                SharedInfrastructure.freshDatabase("audit_other").dataSource()));

        assertThatThrownBy(() -> otherTransactions.executeWithoutResult(status ->
                trail.record(AuditEntry.of(AuditEventType.API_REQUEST, "mer_1", "payment", "pay_y"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not bound to the audit trail's DataSource");
    }

    @Test
    void masks_before_writing_secrets_never_reach_the_table() {
        String paymentId = "pay_masked";
        db.inTransaction(() -> trail.record(AuditEntry.of(AuditEventType.DARAJA_EXCHANGE, "system", "payment", paymentId)
                .withRequest("req_1", "196.201.214.200")
                .withDetails(Map.of("request", Map.of("Password", "bXlzZWNyZXRwYXNza2V5", "PhoneNumber", 254708374149L,
                                "PartyA", "0708374149", "Amount", 1500, "AccountReference", "INV-0042"),
                        "headers", Map.of("Authorization", "Bearer s3cr3t-access-token")))));

        String row = db.jdbc().sql("select e::text from audit.entries e where subject_id = ?").param(paymentId)
                .query(String.class).single();
        assertThat(row).doesNotContain("bXlzZWNyZXRwYXNza2V5", "s3cr3t-access-token", "254708374149", "0708374149")
                .contains("2547****149", "1500", "INV-0042", "****");
        String amount = db.jdbc().sql("select details #>> '{request,Amount}' from audit.entries where subject_id = ?")
                .param(paymentId).query(String.class).single();
        assertThat(amount).isEqualTo("1500");
    }

    private static long count(String sql, Object... params) {
        return db.jdbc().sql(sql).params(params).query(Long.class).single();
    }
}
