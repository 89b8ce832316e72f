package io.mpesagw.localinfra;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A login to one database of a PostgreSQL server: what {@code DATABASE_URL}, {@code DATABASE_USER}
 * and {@code DATABASE_PASSWORD} hold.
 */
public record PostgresLogin(String jdbcUrl, String user, String password) {

    public PostgresLogin {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("DATABASE_URL must start with jdbc:postgresql://, was " + jdbcUrl);
        }
    }

    /** Same server, role and URL parameters; another database. */
    public PostgresLogin withDatabase(String database) {
        PostgresSettings.requireIdentifier("database", database);
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new PostgresLogin("jdbc:postgresql://" + uri.getRawAuthority() + "/" + database + query, user, password);
    }

    /** CREATE DATABASE as this role (it needs CREATEDB, which {@link LocalPostgres} grants). */
    public PostgresLogin createDatabase(String database) {
        PostgresLogin created = withDatabase(database);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " at " + jdbcUrl + " as " + user
                    + " (the role needs CREATEDB): " + e.getMessage(), e);
        }
        return created;
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    @Override
    public String toString() {
        return "PostgresLogin[" + jdbcUrl + " as " + user + "]";
    }
}
