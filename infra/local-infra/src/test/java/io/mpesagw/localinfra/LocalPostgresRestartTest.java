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

    private static Connection connect(LocalPostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
    }
}
