package io.mpesagw.testsupport;

import io.mpesagw.localinfra.DatabaseLogins;
import javax.sql.DataSource;

/**
 * An empty database of its own on the shared server, owned by the services' migration role; the
 * services' runtime role may connect to it but create nothing until a migration grants it.
 */
public record IsolatedDatabase(String name, DatabaseLogins logins) {

    public String jdbcUrl() {
        return logins.jdbcUrl();
    }

    /** The runtime role's user, as services connect at run time. */
    public String user() {
        return logins.runtime().user();
    }

    public String password() {
        return logins.runtime().password();
    }

    /** As the services' runtime role: rows only, no DDL. */
    public DataSource dataSource() {
        return logins.runtime().dataSource();
    }

    /** As the owner of the database and its schemas: what migrations (and tests setting up tables) use. */
    public DataSource ownerDataSource() {
        return logins.owner().dataSource();
    }
}
