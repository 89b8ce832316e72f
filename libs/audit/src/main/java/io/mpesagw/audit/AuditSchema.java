package io.mpesagw.audit;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates or upgrades the {@code audit} schema. Its own Flyway history
 * ({@code audit.flyway_schema_history}) keeps it independent of each service's own migrations, and
 * Flyway's PostgreSQL advisory lock lets every service run this at start-up at the same time.
 */
public final class AuditSchema {

    public static final String SCHEMA = "audit";

    private AuditSchema() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .locations("classpath:db/audit")
                .table("flyway_schema_history")
                .load()
                .migrate();
    }
}
