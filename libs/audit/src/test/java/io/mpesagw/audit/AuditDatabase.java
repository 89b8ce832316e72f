package io.mpesagw.audit;

import io.mpesagw.testsupport.IsolatedDatabase;
import io.mpesagw.testsupport.SharedInfrastructure;
import java.time.Clock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database with the audit schema, migrated as the services' owner role and written through
 * the services' runtime role (as a service does), plus the owner and the server's superuser for what
 * a test must do behind the services' back: create roles and tables, tamper with the log.
 */
record AuditDatabase(IsolatedDatabase database, DataSource dataSource, TransactionTemplate transactions) {

    static AuditDatabase fresh(String hint) {
        IsolatedDatabase database = SharedInfrastructure.freshDatabase(hint);
        DataSource dataSource = database.dataSource(); // one instance: transactions are bound per DataSource object
        AuditDatabase fixture = new AuditDatabase(database, dataSource,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        // roles are cluster-wide and the services' role may not create them; an administrator does
        fixture.superuser().sql("""
                do $$ begin create role audit_reader nologin;
                exception when duplicate_object or unique_violation then null; end $$""").update();
        AuditSchema.migrate(database.ownerDataSource(), database.user());
        return fixture;
    }

    /** The bundled server trusts its superuser on loopback (see LocalPostgres); tests only. */
    JdbcClient superuser() {
        return JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), "postgres", ""));
    }

    /** As the services' runtime role. */
    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** As the owner of the database and the audit schema (what migrations run as). */
    JdbcClient owner() {
        return JdbcClient.create(database.ownerDataSource());
    }

    AuditTrail trail(String service, int buckets, Clock clock) {
        return new AuditTrail(dataSource, new AuditSettings(service, buckets), clock);
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /** What an attacker with owner access could do: switch the guards off, change rows, switch them on. */
    void tamper(String... statements) {
        DataSource owner = database.ownerDataSource();
        JdbcClient jdbc = JdbcClient.create(owner);
        new TransactionTemplate(new DataSourceTransactionManager(owner)).executeWithoutResult(status -> {
            jdbc.sql("alter table audit.entries disable trigger user").update();
            for (String statement : statements) {
                jdbc.sql(statement).update();
            }
            jdbc.sql("alter table audit.entries enable trigger user").update();
        });
    }
}
