package io.mpesagw.localinfra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The two logins a service holds to its database. Migrations run as the {@code owner} of the
 * schemas; everything else runs as the {@code runtime} role, which may read and write rows but can
 * neither alter nor drop a table, nor switch off the audit log's guards.
 *
 * <p>In the environment: {@code DATABASE_URL}, {@code DATABASE_USER} / {@code DATABASE_PASSWORD}
 * (runtime) and {@code DATABASE_MIGRATION_USER} / {@code DATABASE_MIGRATION_PASSWORD} (owner).
 */
public record DatabaseLogins(PostgresLogin owner, PostgresLogin runtime) {

    public static final List<String> VARIABLES = List.of("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD",
            "DATABASE_MIGRATION_USER", "DATABASE_MIGRATION_PASSWORD");

    public DatabaseLogins {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(runtime, "runtime");
        if (!owner.jdbcUrl().equals(runtime.jdbcUrl())) {
            throw new IllegalArgumentException("owner and runtime logins must name one database: "
                    + owner.jdbcUrl() + " vs " + runtime.jdbcUrl());
        }
    }

    public String jdbcUrl() {
        return runtime.jdbcUrl();
    }

    /** CREATE DATABASE as the owner (it needs CREATEDB); both logins then point at the new one. */
    public DatabaseLogins createDatabase(String database) {
        return new DatabaseLogins(owner.createDatabase(database), runtime.withDatabase(database));
    }

    /** The five variables every service with a database reads. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATABASE_URL", jdbcUrl());
        env.put("DATABASE_USER", runtime.user());
        env.put("DATABASE_PASSWORD", runtime.password());
        env.put("DATABASE_MIGRATION_USER", owner.user());
        env.put("DATABASE_MIGRATION_PASSWORD", owner.password());
        return env;
    }

    /** All five variables, or none; a partial set is a mistake worth a clear message. */
    public static Optional<DatabaseLogins> fromEnvironment(Map<String, String> env) {
        List<String> missing = VARIABLES.stream().filter(name -> isBlank(env.get(name))).toList();
        if (missing.size() == VARIABLES.size()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(missing + " not set while " + VARIABLES + " are expected together");
        }
        String url = env.get("DATABASE_URL");
        return Optional.of(new DatabaseLogins(
                new PostgresLogin(url, env.get("DATABASE_MIGRATION_USER"), env.get("DATABASE_MIGRATION_PASSWORD")),
                new PostgresLogin(url, env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"))));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
