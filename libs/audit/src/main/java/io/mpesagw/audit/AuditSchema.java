package io.mpesagw.audit;

import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates or upgrades the {@code audit} schema. Its own Flyway history
 * ({@code audit.flyway_schema_history}) keeps it independent of each service's own migrations, and
 * Flyway's PostgreSQL advisory lock lets every service run this at start-up at the same time.
 *
 * <p>Run it as the schema's owner (the services' migration login). After every run,
 * {@code afterMigrate__grant_runtime_role.sql} grants {@code runtimeRole} what writing entries takes
 * and nothing more, so the login a service works with cannot alter the log or switch off its guards.
 */
public final class AuditSchema {

    public static final String SCHEMA = "audit";

    private AuditSchema() {
    }

    /**
     * @param owner       a DataSource logged in as the role that owns (or will own) the schema
     * @param runtimeRole the role the service's own DataSource logs in as; may equal the owner's
     *                    (then nothing is granted and a notice says so)
     */
    public static MigrateResult migrate(DataSource owner, String runtimeRole) {
        Objects.requireNonNull(owner, "owner");
        if (runtimeRole == null || runtimeRole.isBlank()) {
            throw new IllegalArgumentException("runtimeRole must name the role the service connects as");
        }
        return Flyway.configure()
                .dataSource(owner)
                .schemas(SCHEMA)
                .locations("classpath:db/audit")
                .table("flyway_schema_history")
                .placeholders(Map.of("runtime_role", runtimeRole))
                .load()
                .migrate();
    }
}
