package io.mpesagw.kit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.testsupport.IsolatedDatabase;
import io.mpesagw.testsupport.SharedInfrastructure;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * db/grants/afterMigrate__grant_runtime_role.sql, as every service runs it: a migration as the owner
 * leaves the runtime login able to use the rows of its schema and nothing more.
 */
class RuntimeGrantsTest {

    private static IsolatedDatabase database;
    private static JdbcClient runtime;

    @BeforeAll
    static void migrateAsTheOwner() {
        database = SharedInfrastructure.freshDatabase("runtime_grants");
        Flyway.configure().dataSource(database.ownerDataSource()).schemas("svc")
                .locations("classpath:db/kit-test", "classpath:db/kit", "classpath:db/grants")
                .placeholders(Map.of("runtime_role", database.user()))
                .load().migrate();
        runtime = JdbcClient.create(database.dataSource());
    }

    @Test
    void the_runtime_login_reads_and_writes_rows_of_its_schema() {
        runtime.sql("insert into svc.outbox (topic, message_key, event_type, payload) values ('t', 'k', 'e', '{}')").update();
        runtime.sql("update svc.outbox set published_at = now()").update();
        assertThat(runtime.sql("select count(*) from svc.outbox").query(Long.class).single()).isOne();
        runtime.sql("delete from svc.outbox").update();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "drop table svc.outbox",
            "alter table svc.outbox add column sneaky text",
            "truncate svc.outbox",
            "create table svc.shadow (id int)",
            "select count(*) from svc.flyway_schema_history",
            "delete from svc.flyway_schema_history"})
    void the_runtime_login_cannot_change_the_schema_or_its_migration_history(String statement) {
        assertThatThrownBy(() -> runtime.sql(statement).update())
                .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner).*");
    }

    @Test
    void a_second_migration_run_grants_again_without_failing() {
        Flyway.configure().dataSource(database.ownerDataSource()).schemas("svc")
                .locations("classpath:db/kit-test", "classpath:db/kit", "classpath:db/grants")
                .placeholders(Map.of("runtime_role", database.user()))
                .load().migrate();

        assertThat(runtime.sql("select count(*) from svc.outbox").query(Long.class).single()).isNotNegative();
    }
}
