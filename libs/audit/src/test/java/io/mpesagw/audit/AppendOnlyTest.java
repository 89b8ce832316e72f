package io.mpesagw.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppendOnlyTest {

    private static AuditDatabase db;

    @BeforeAll
    static void logWithOneEntry() {
        db = AuditDatabase.fresh("append_only");
        // written through the services' runtime role, with exactly what the migration granted it
        AuditTrail trail = db.trail("payment-service", 1, Clock.systemUTC());
        for (int i = 0; i < 2; i++) {
            db.inTransaction(() -> {
                trail.record(AuditEntry.stateTransition("payment", "pay_1", "SUBMITTED", "SUCCEEDED", "callback"));
                return null;
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update audit.entries set actor = 'someone else'",
            "delete from audit.entries where seq = 1",
            "truncate audit.entries"})
    void the_table_owner_cannot_change_or_remove_entries(String statement) {
        assertThatThrownBy(() -> db.owner().sql(statement).update())
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
            "delete from audit.chain_heads",
            "delete from audit.flyway_schema_history",
            "create table audit.shadow (id int)"})
    void a_service_login_cannot_change_drop_or_alter_the_log(String statement) {
        assertThatThrownBy(() -> db.jdbc().sql(statement).update())
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
    void the_runtime_role_holds_exactly_what_appending_takes() {
        String privileges = """
                select has_table_privilege(current_user, 'audit.entries', 'SELECT,INSERT')
                   and has_table_privilege(current_user, 'audit.chain_heads', 'SELECT,INSERT,UPDATE')
                   and not has_table_privilege(current_user, 'audit.entries', 'UPDATE')
                   and not has_table_privilege(current_user, 'audit.entries', 'DELETE')
                   and not has_table_privilege(current_user, 'audit.entries', 'TRUNCATE')
                   and not has_table_privilege(current_user, 'audit.chain_heads', 'DELETE')
                   and not has_schema_privilege(current_user, 'audit', 'CREATE')
                   and not exists (select 1 from pg_tables where schemaname = 'audit' and tableowner = current_user)""";
        assertThat(db.jdbc().sql(privileges).query(Boolean.class).single()).isTrue();
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
