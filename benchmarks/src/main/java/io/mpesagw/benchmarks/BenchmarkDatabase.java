package io.mpesagw.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.mpesagw.localinfra.DatabaseLogins;
import io.mpesagw.localinfra.FileTrees;
import io.mpesagw.localinfra.InfraSettings;
import io.mpesagw.localinfra.LocalInfrastructure;
import io.mpesagw.localinfra.PostgresLogin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL for one benchmark run: the one named by {@code DATABASE_*} (a fresh database on
 * it), or else one started here in a temporary directory. Pooled like a service: HikariCP, the
 * runtime login.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final LocalInfrastructure ownInfrastructure;
    private final Path ownDir;
    final DatabaseLogins logins;
    final HikariDataSource pool;

    private BenchmarkDatabase(LocalInfrastructure ownInfrastructure, Path ownDir, DatabaseLogins server, int poolSize) {
        this.ownInfrastructure = ownInfrastructure;
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
            LocalInfrastructure infra = LocalInfrastructure.start(InfraSettings.ephemeral(dir));
            return new BenchmarkDatabase(infra, dir, infra.postgres().logins(), poolSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
        if (ownInfrastructure != null) {
            ownInfrastructure.close();
            FileTrees.deleteQuietly(ownDir);
        }
    }
}
