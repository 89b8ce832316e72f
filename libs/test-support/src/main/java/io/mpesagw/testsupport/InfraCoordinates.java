package io.mpesagw.testsupport;

import io.mpesagw.localinfra.DatabaseLogins;
import io.mpesagw.localinfra.LocalInfrastructure;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the shared PostgreSQL and Kafka are, as the services' environment variables name them.
 *
 * @param database both logins to the services' database, e.g. {@code jdbc:postgresql://127.0.0.1:56432/mpesa}
 */
public record InfraCoordinates(DatabaseLogins database, String kafkaBootstrapServers) {

    static final List<String> VARIABLES = LocalInfrastructure.VARIABLES;

    /** All variables, or none; a partial set is a mistake worth a clear message. */
    static Optional<InfraCoordinates> fromEnvironment(Map<String, String> env) {
        List<String> missing = VARIABLES.stream().filter(name -> isBlank(env.get(name))).toList();
        if (missing.size() == VARIABLES.size()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("shared test infrastructure: " + missing + " not set while "
                    + VARIABLES + " are expected together (bin/test exports them all)");
        }
        return Optional.of(new InfraCoordinates(DatabaseLogins.fromEnvironment(env).orElseThrow(),
                env.get("KAFKA_BOOTSTRAP_SERVERS")));
    }

    static InfraCoordinates of(Map<String, String> environment) {
        return fromEnvironment(environment).orElseThrow();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
