package io.mpesagw.kit.audit;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Who migrates the audit schema: the service's Flyway login ({@code spring.flyway.user/password},
 * on {@code spring.flyway.url} or the service's own database), and which role it grants to: the one
 * the service's DataSource really logs in as (asked of the database, not of configuration).
 */
record AuditMigrationLogin(DataSource owner, String runtimeRole) {

    private static final Logger log = LoggerFactory.getLogger(AuditMigrationLogin.class);

    static AuditMigrationLogin of(DataSource runtime, Environment environment) {
        String runtimeRole;
        String runtimeUrl;
        try (Connection connection = runtime.getConnection()) {
            runtimeRole = connection.getMetaData().getUserName();
            runtimeUrl = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the service's database to migrate the audit schema", e);
        }
        String ownerUser = environment.getProperty("spring.flyway.user", "");
        if (ownerUser.isBlank() || ownerUser.equals(runtimeRole)) {
            log.warn("audit schema migrated and written by one role ({}): only its triggers protect the log;"
                    + " set DATABASE_MIGRATION_USER/DATABASE_MIGRATION_PASSWORD to a separate owner role", runtimeRole);
            return new AuditMigrationLogin(runtime, runtimeRole);
        }
        String url = environment.getProperty("spring.flyway.url", runtimeUrl);
        DataSource owner = new DriverManagerDataSource(url, ownerUser, environment.getProperty("spring.flyway.password", ""));
        return new AuditMigrationLogin(owner, runtimeRole);
    }
}
