package io.mpesagw.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void keeps_data_in_a_persistent_directory_and_issues_a_new_password_at_each_start() throws SQLException {
        PostgresSettings settings = PostgresSettings.defaults(0, dataDir, false);
        String firstPassword;
        try (LocalPostgres first = LocalPostgres.start(settings)) {
            firstPassword = first.password();
            try (Connection connection = connect(first)) {
                connection.createStatement().execute("CREATE TABLE kept (note text)");
                connection.createStatement().execute("INSERT INTO kept VALUES ('survives a restart')");
            }
        }

        try (LocalPostgres second = LocalPostgres.start(settings);
             Connection connection = connect(second);
             ResultSet row = connection.createStatement().executeQuery("SELECT note FROM kept")) {
            assertThat(second.password()).isNotEqualTo(firstPassword);
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("survives a restart");
        }
    }

    @Test
    void hands_a_cluster_from_before_the_owner_runtime_split_over_to_the_owner() throws SQLException {
        PostgresSettings settings = PostgresSettings.defaults(0, dataDir, false);
        try (LocalPostgres first = LocalPostgres.start(settings);
             Connection superuser = DriverManager.getConnection(first.jdbcUrl(), "postgres", "")) {
            // what an earlier version left behind: database and tables owned by the runtime role
            superuser.createStatement().execute("ALTER DATABASE mpesa OWNER TO mpesa");
            superuser.createStatement().execute("CREATE TABLE old_table (note text)");
            superuser.createStatement().execute("ALTER TABLE old_table OWNER TO mpesa");
        }

        try (LocalPostgres second = LocalPostgres.start(settings);
             Connection connection = connect(second);
             ResultSet row = connection.createStatement().executeQuery("""
                     SELECT pg_get_userbyid(d.datdba), t.tableowner FROM pg_database d, pg_tables t
                     WHERE d.datname = current_database() AND t.tablename = 'old_table'""")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("mpesa_owner");
            assertThat(row.getString(2)).isEqualTo("mpesa_owner");
        }
    }

    private static Connection connect(LocalPostgres postgres) throws SQLException {
        PostgresLogin owner = postgres.logins().owner();
        return DriverManager.getConnection(owner.jdbcUrl(), owner.user(), owner.password());
    }
}
