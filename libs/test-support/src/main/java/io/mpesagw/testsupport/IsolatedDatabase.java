package io.mpesagw.testsupport;

import io.mpesagw.localinfra.PostgresLogin;
import javax.sql.DataSource;

/** An empty database of its own on the shared server, owned by the services' login role. */
public record IsolatedDatabase(String name, PostgresLogin login) {

    public String jdbcUrl() {
        return login.jdbcUrl();
    }

    public String user() {
        return login.user();
    }

    public String password() {
        return login.password();
    }

    public DataSource dataSource() {
        return login.dataSource();
    }
}
