package io.mpesagw.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.mpesagw.localinfra.DatabaseLogins;
import io.mpesagw.localinfra.FileTrees;
import io.mpesagw.localinfra.LocalPostgres;
import io.mpesagw.localinfra.PostgresLogin;
import io.mpesagw.localinfra.PostgresSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL for one benchmark run: the one named by {@code DATABASE_*} (a fresh database on
 * it), or else one started here in a temporary directory, with {@code fsync} on as in production
 * (the test clusters switch it off). Pooled like a service: HikariCP, the runtime login.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final LocalPostgres ownServer;
    private final Path ownDir;
    final DatabaseLogins logins;
    final HikariDataSource pool;

    private BenchmarkDatabase(LocalPostgres ownServer, Path ownDir, DatabaseLogins server, int poolSize) {
        this.ownServer = ownServer;
        this.ownDir = ownDir;
        this.logins = server.createDatabase("bench_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT));
        HikariConfig config = new HikariConfig();
        PostgresLogin runtime = logins.runtime();
        config.setJdbcUrl(runtime.jdbcUrl());
        config.setUsername(runtime.user());
        config.setPassword(runtime.password());
        config.setMaximumPoolSize(poolSize);
        this.pool = new HikariDataSource(config);
    }

    static BenchmarkDatabase start(int poolSize) {
        var fromEnvironment = DatabaseLogins.fromEnvironment(System.getenv());
        if (fromEnvironment.isPresent()) {
            return new BenchmarkDatabase(null, null, fromEnvironment.get(), poolSize);
        }
        try {
            Path dir = Files.createTempDirectory("mpesa-bench-");
            // not "ephemeral": that would switch fsync off and flatter every commit
            LocalPostgres server = LocalPostgres.start(PostgresSettings.defaults(0, dir, false));
            return new BenchmarkDatabase(server, dir, server.logins(), poolSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
        if (ownServer != null) {
            ownServer.close();
            FileTrees.deleteQuietly(ownDir);
        }
    }
}
