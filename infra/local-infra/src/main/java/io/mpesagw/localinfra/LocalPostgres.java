package io.mpesagw.localinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A real PostgreSQL 17 server from zonky's Maven Central binaries, listening on 127.0.0.1 only.
 * At every start it (re)creates the services' two login roles with freshly generated passwords (the
 * owner that migrations run as, and the runtime role that only reads and writes rows, see
 * {@link DatabaseLogins}), the auditor's {@code audit_reader} role, and makes sure the services'
 * database exists and belongs to the owner. Works as root: zonky's binaries accept it.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final int PASSWORD_LENGTH = 32;

    private final EmbeddedPostgres server;
    private final PostgresSettings settings;
    private final String password;
    private final String ownerPassword;
    private final JvmExitGuard guard;

    private LocalPostgres(EmbeddedPostgres server, PostgresSettings settings) {
        this.server = server;
        this.settings = settings;
        this.password = RandomSecrets.base62(PASSWORD_LENGTH);
        this.ownerPassword = RandomSecrets.base62(PASSWORD_LENGTH);
        this.guard = JvmExitGuard.arm(stopScript(settings));
    }

    public static LocalPostgres start(PostgresSettings settings) {
        Objects.requireNonNull(settings, "settings");
        int port = LoopbackPorts.orFree(settings.port());
        LoopbackPorts.requireFree("PostgreSQL", port);
        try {
            Files.createDirectories(settings.dataDir());
            StalePostmaster.stopIfRunning(settings.dataDir());
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(settings.dataDir())
                    .setCleanDataDirectory(settings.ephemeral())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // a persistent local cluster must survive a crash; a test cluster need not
                    .setServerConfig("fsync", settings.ephemeral() ? "off" : "on")
                    .setServerConfig("shared_buffers", "64MB")
                    .setServerConfig("max_connections", "300")
                    .setDataDirectoryCustomizer(LocalPostgres::writeClientAuthentication)
                    .start();
            LocalPostgres postgres = new LocalPostgres(server, settings.withPort(port));
            try {
                postgres.provisionServiceLogins();
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + settings.dataDir(), e);
        }
    }

    public int port() {
        return settings.port();
    }

    public String database() {
        return settings.database();
    }

    public String jdbcUrl() {
        return jdbcUrl(settings.database());
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String user() {
        return settings.user();
    }

    public String password() {
        return password;
    }

    /** The services' runtime login to their database. */
    public PostgresLogin login() {
        return new PostgresLogin(jdbcUrl(), user(), password);
    }

    /** Both of the services' logins: the owner for migrations, the runtime role for the rest. */
    public DatabaseLogins logins() {
        return new DatabaseLogins(new PostgresLogin(jdbcUrl(), settings.ownerUser(), ownerPassword), login());
    }

    /** Creates an empty database owned by the services' owner role and returns its JDBC URL. */
    public String createDatabase(String database) {
        PostgresSettings.requireIdentifier("database", database);
        executeAsSuperuser("CREATE DATABASE " + database + " OWNER " + settings.ownerUser());
        return jdbcUrl(database);
    }

    @Override
    public void close() {
        guard.disarm();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    private void provisionServiceLogins() {
        // the owner creates databases (tests make one per class) but never roles
        upsertRole(settings.ownerUser(), "LOGIN CREATEDB NOCREATEROLE PASSWORD '" + ownerPassword + "'");
        upsertRole(user(), "LOGIN NOCREATEDB NOCREATEROLE PASSWORD '" + password + "'");
        // an administrator's step in production (roles are cluster-wide): the audit migration grants it read access
        upsertRole("audit_reader", "NOLOGIN");
        Optional<String> owner = databaseOwner(settings.database());
        if (owner.isEmpty()) {
            createDatabase(settings.database());
        } else if (!owner.get().equals(settings.ownerUser())) {
            handOverToOwner(settings.database());
        }
    }

    /** The passwords are generated here, base62 only, and role names are checked identifiers: inline quoting is safe. */
    private void upsertRole(String role, String options) {
        executeAsSuperuser("""
                DO $$ BEGIN
                  IF EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                    ALTER ROLE %1$s %2$s;
                  ELSE
                    CREATE ROLE %1$s %2$s;
                  END IF;
                END $$""".formatted(role, options));
    }

    /**
     * A cluster made before the owner/runtime split has everything owned by the runtime role; move
     * it to the owner, so the runtime role loses the power to alter or drop what it uses.
     */
    private void handOverToOwner(String database) {
        try (Connection connection = server.getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + database + " OWNER TO " + settings.ownerUser());
            statement.execute("REASSIGN OWNED BY " + user() + " TO " + settings.ownerUser());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hand database " + database + " over to "
                    + settings.ownerUser() + ": " + e.getMessage(), e);
        }
    }

    /** The database's owning role, or empty when the database does not exist yet. */
    private Optional<String> databaseOwner(String database) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             var statement = connection.prepareStatement(
                     "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = ?")) {
            statement.setString(1, database);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up database " + database, e);
        }
    }

    private void executeAsSuperuser(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + e.getMessage(), e);
        }
    }

    /**
     * The superuser keeps passwordless access from loopback (this launcher administers through it);
     * every other role must present its password, so a wrongly wired service fails here as it would
     * in production.
     */
    private static void writeClientAuthentication(java.io.File dataDir) {
        String rules = """
                # written by io.mpesagw.localinfra.LocalPostgres at every start
                local all postgres               trust
                host  all postgres 127.0.0.1/32  trust
                local all all                    scram-sha-256
                host  all all      127.0.0.1/32  scram-sha-256
                """;
        try {
            Files.writeString(dataDir.toPath().resolve("pg_hba.conf"), rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write pg_hba.conf in " + dataDir, e);
        }
    }

    /**
     * What the exit guard runs if this JVM dies without closing: a fast shutdown of the postmaster
     * still named in postmaster.pid (so never another process that reused the pid), and for an
     * ephemeral cluster the removal of its directory.
     */
    private static String stopScript(PostgresSettings settings) {
        String dir = JvmExitGuard.quote(settings.dataDir().toAbsolutePath().toString());
        String script = "P=$(head -n 1 " + dir + "/postmaster.pid 2>/dev/null)\n"
                + "case \"$P\" in ''|*[!0-9]*) P= ;; esac\n"
                + "if [ -n \"$P\" ] && tr '\\0' ' ' < /proc/$P/cmdline 2>/dev/null | grep -q postgres; then\n"
                + "  kill -INT \"$P\"\n"
                + "  while kill -0 \"$P\" 2>/dev/null; do sleep 0.2; done\n"
                + "fi\n";
        return settings.ephemeral() ? script + "rm -rf " + dir + "\n" : script;
    }

    static Path pidFile(Path dataDir) {
        return dataDir.resolve("postmaster.pid");
    }
}
