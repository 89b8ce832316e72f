package io.mpesagw.localinfra;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to run the local PostgreSQL server.
 *
 * @param port      TCP port on 127.0.0.1 (0 picks a free one)
 * @param dataDir   cluster directory; kept between runs unless {@code ephemeral}
 * @param database  database created for the services
 * @param user      runtime login role the services use; migrations run as {@code <user>_owner}
 *                  (both passwords are generated at every start)
 * @param ephemeral delete the data directory when the server stops (tests)
 */
public record PostgresSettings(int port, Path dataDir, String database, String user, boolean ephemeral) {

    private static final String OWNER_SUFFIX = "_owner";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public PostgresSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("postgres port must be 0..65535, was " + port);
        }
        requireIdentifier("database", database);
        requireIdentifier("user", user);
        requireIdentifier("owner", user + OWNER_SUFFIX);
        if ("postgres".equals(user)) {
            throw new IllegalArgumentException("user must not be the superuser 'postgres'");
        }
    }

    /** The role that owns the services' database and schemas and runs their migrations. */
    public String ownerUser() {
        return user + OWNER_SUFFIX;
    }

    public PostgresSettings withPort(int newPort) {
        return new PostgresSettings(newPort, dataDir, database, user, ephemeral);
    }

    public static PostgresSettings defaults(int port, Path dataDir, boolean ephemeral) {
        return new PostgresSettings(port, dataDir, "mpesa", "mpesa", ephemeral);
    }

    /** Database and role names are spliced into DDL, so only plain lower-case identifiers pass. */
    static void requireIdentifier(String field, String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must match " + IDENTIFIER.pattern() + ", was '" + value + "'");
        }
    }
}
