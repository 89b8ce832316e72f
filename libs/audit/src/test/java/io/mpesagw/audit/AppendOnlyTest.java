package io.mpesagw.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

class AppendOnlyTest {

    private static final String PASSWORD = "test-only-" + UUID.randomUUID();
    /** A service's runtime login: may append and read, owns nothing. */
    private static final String WRITER = "audit_writer_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    private static AuditDatabase db;
    private static DriverManagerDataSource writerLogin;

    @BeforeAll
    static void logWithOneEntry() {
        db = AuditDatabase.fresh("append_only");
        db.superuser().sql("create role " + WRITER + " login password '" + PASSWORD + "'").update();
        db.superuser().sql("""
                grant connect on database %2$s to %1$s;
                grant usage on schema audit to %1$s;
                grant select, insert on audit.entries to %1$s;
                grant select, insert, update on audit.chain_heads to %1$s;
                grant usage on sequence audit.entries_id_seq to %1$s""".formatted(WRITER, db.database().name())).update();
        writerLogin = new DriverManagerDataSource(db.database().jdbcUrl(), WRITER, PASSWORD);
        var writerTransactions = new TransactionTemplate(new DataSourceTransactionManager(writerLogin));
        AuditTrail trail = new AuditTrail(writerLogin, new AuditSettings("payment-service", 1), Clock.systemUTC());
        for (int i = 0; i < 2; i++) {
            writerTransactions.executeWithoutResult(status ->
                    trail.record(AuditEntry.stateTransition("payment", "pay_1", "SUBMITTED", "SUCCEEDED", "callback")));
        }
    }

    @AfterAll
    static void dropWriter() {
        db.superuser().sql("drop owned by " + WRITER).update();
        db.superuser().sql("drop role " + WRITER).update();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update audit.entries set actor = 'someone else'",
            "delete from audit.entries where seq = 1",
            "truncate audit.entries"})
    void the_table_owner_cannot_change_or_remove_entries(String statement) {
        assertThatThrownBy(() -> db.jdbc().sql(statement).update())
                .rootCause().hasMessageContaining("audit.entries is append-only");
        assertThat(entries()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update audit.entries set actor = 'someone else'",
            "delete from audit.entries",
            "truncate audit.entries",
            "drop table audit.entries",
            "alter table audit.entries disable trigger user",
            "alter table audit.entries drop column hash",
            "delete from audit.chain_heads"})
    void a_service_login_cannot_change_drop_or_alter_the_log(String statement) {
        assertThatThrownBy(() -> JdbcClient.create(writerLogin).sql(statement).update())
                .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner|append-only).*");
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void a_chain_head_cannot_be_rewound_to_hide_a_removed_tail() {
        assertThatThrownBy(() -> db.jdbc().sql("update audit.chain_heads set last_seq = last_seq - 1").update())
                .rootCause().hasMessageContaining("may only advance by one");
        assertThatThrownBy(() -> db.jdbc().sql("update audit.chain_heads set last_seq = last_seq + 1").update())
                .rootCause().hasMessageContaining("no entry");
    }

    @Test
    void the_auditor_role_reads_the_audit_schema_and_writes_nothing() {
        String privileges = """
                select has_schema_privilege('audit_reader', 'audit', 'USAGE')
                   and has_table_privilege('audit_reader', 'audit.entries', 'SELECT')
                   and has_table_privilege('audit_reader', 'audit.chain_heads', 'SELECT')
                   and not has_table_privilege('audit_reader', 'audit.entries', 'INSERT,UPDATE,DELETE,TRUNCATE')
                   and not has_table_privilege('audit_reader', 'audit.chain_heads', 'INSERT,UPDATE,DELETE,TRUNCATE')""";
        assertThat(db.jdbc().sql(privileges).query(Boolean.class).single()).isTrue();
    }

    @Test
    void the_auditor_search_finds_entries_by_subject_and_event_type() {
        long found = db.jdbc().sql("select count(*) from audit.search(p_subject_id => 'pay_1', p_event_type => ?)")
                .param(AuditEventType.STATE_TRANSITION.name()).query(Long.class).single();
        assertThat(found).isEqualTo(2);
    }

    private static long entries() {
        return db.jdbc().sql("select count(*) from audit.entries").query(Long.class).single();
    }
}
