package io.mpesagw.testsupport;

import io.mpesagw.localinfra.PostgresLogin;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the shared PostgreSQL and Kafka are, as the services' environment variables name them.
 *
 * @param databaseUrl the services' database, e.g. {@code jdbc:postgresql://127.0.0.1:56432/mpesa}
 */
public record InfraCoordinates(String databaseUrl, String databaseUser, String databasePassword,
                               String kafkaBootstrapServers) {

    public PostgresLogin databaseLogin() {
        return new PostgresLogin(databaseUrl, databaseUser, databasePassword);
    }

    static final List<String> VARIABLES =
            List.of("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS");

    /** All four variables, or none; a partial set is a mistake worth a clear message. */
    static Optional<InfraCoordinates> fromEnvironment(Map<String, String> env) {
        List<String> missing = VARIABLES.stream().filter(name -> isBlank(env.get(name))).toList();
        if (missing.size() == VARIABLES.size()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("shared test infrastructure: " + missing + " not set while "
                    + VARIABLES + " are expected together (bin/test exports all four)");
        }
        return Optional.of(new InfraCoordinates(env.get("DATABASE_URL"), env.get("DATABASE_USER"),
                env.get("DATABASE_PASSWORD"), env.get("KAFKA_BOOTSTRAP_SERVERS")));
    }

    static InfraCoordinates of(Map<String, String> environment) {
        return fromEnvironment(environment).orElseThrow();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
