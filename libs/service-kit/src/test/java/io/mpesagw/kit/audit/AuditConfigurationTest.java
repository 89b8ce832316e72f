package io.mpesagw.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.audit.AuditVerifier;
import io.mpesagw.audit.VerificationResult;
import io.mpesagw.testsupport.IsolatedDatabase;
import io.mpesagw.testsupport.SharedInfrastructure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail every service gets, against a real PostgreSQL. */
class AuditConfigurationTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AuditConfiguration.class))
            .withPropertyValues("spring.application.name=kit-test");

    /** As a service runs: its DataSource is the runtime role, Flyway logs in as the owner. */
    private static ApplicationContextRunner asService(ApplicationContextRunner runner, IsolatedDatabase database,
            DataSource dataSource) {
        return runner.withBean(DataSource.class, () -> dataSource).withPropertyValues(
                "spring.flyway.user=" + database.logins().owner().user(),
                "spring.flyway.password=" + database.logins().owner().password());
    }

    @Test
    void a_service_with_a_database_gets_a_trail_that_writes_in_its_transaction_with_its_clock() {
        IsolatedDatabase database = SharedInfrastructure.freshDatabase("audit_config");
        DataSource dataSource = database.dataSource();
        asService(runner, database, dataSource).withBean(Clock.class, () -> FIXED)
                .withPropertyValues("mpesa.audit.buckets=4")
                .run(context -> {
                    AuditTrail trail = context.getBean(AuditTrail.class);
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(tx ->
                            trail.record(AuditEntry.of(AuditEventType.CONFIGURATION_CHANGED, "system", "key", "key_1")));

                    var row = JdbcClient.create(dataSource).sql("select service, chain_id, occurred_at from audit.entries")
                            .query().singleRow();
                    assertThat(row.get("service")).isEqualTo("kit-test");
                    assertThat((String) row.get("chain_id")).matches("kit-test:[0-3]");
                    assertThat(row.get("occurred_at").toString()).startsWith("2026-11-28");
                    assertThat(AuditVerifier.verify(dataSource)).isInstanceOf(VerificationResult.Intact.class);
                });
    }

    @Test
    void the_schema_belongs_to_the_migration_owner_and_the_service_login_cannot_switch_its_guards_off() {
        IsolatedDatabase database = SharedInfrastructure.freshDatabase("audit_roles");
        DataSource dataSource = database.dataSource();
        asService(runner, database, dataSource).run(context -> {
            assertThat(context).hasSingleBean(AuditTrail.class);
            JdbcClient service = JdbcClient.create(dataSource);
            assertThat(service.sql("select tableowner from pg_tables where schemaname = 'audit' and tablename = 'entries'")
                    .query(String.class).single()).isEqualTo(database.logins().owner().user());
            for (String statement : new String[] {"alter table audit.entries disable trigger user",
                    "drop table audit.entries", "truncate audit.entries", "delete from audit.chain_heads"}) {
                assertThatThrownBy(() -> service.sql(statement).update()).as(statement)
                        .rootCause().hasMessageMatching("(?s).*(must be owner|permission denied|append-only).*");
            }
        });
    }

    @Test
    void no_trail_when_switched_off_or_without_a_database() {
        DataSource dataSource = SharedInfrastructure.freshDatabase("audit_off").dataSource();
        runner.withBean(DataSource.class, () -> dataSource).withPropertyValues("mpesa.audit.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(AuditTrail.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(AuditTrail.class));
    }

    @Test
    void the_audit_migration_and_a_services_own_migration_do_not_depend_on_their_order() {
        for (boolean auditFirst : new boolean[] {true, false}) {
            IsolatedDatabase database = SharedInfrastructure.freshDatabase("audit_order");
            DataSource dataSource = database.ownerDataSource();
            Flyway service = Flyway.configure().dataSource(dataSource).schemas("svc")
                    .locations("classpath:db/kit-test").load();
            if (!auditFirst) {
                service.migrate();
            }
            asService(runner, database, database.dataSource())
                    .run(context -> assertThat(context).hasSingleBean(AuditTrail.class));
            if (auditFirst) {
                service.migrate();
            }
            JdbcClient jdbc = JdbcClient.create(dataSource);
            assertThat(jdbc.sql("select count(*) from svc.flyway_schema_history where success and version = '1'").query(Long.class)
                    .single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from audit.flyway_schema_history where success").query(Long.class)
                    .single()).isPositive();
            assertThat(jdbc.sql("select to_regclass('svc.things') is not null and to_regclass('audit.entries') is not null")
                    .query(Boolean.class).single()).isTrue();
        }
    }
}
