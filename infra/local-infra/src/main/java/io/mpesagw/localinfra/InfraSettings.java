package io.mpesagw.localinfra;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Ports and data directory for PostgreSQL plus Kafka. Port 0 means "any free port".
 *
 * @param dataDir   holds {@code postgres/} and {@code kafka/}
 * @param ephemeral delete both when stopped (tests)
 */
public record InfraSettings(int postgresPort, int kafkaPort, int kafkaControllerPort, Path dataDir,
                            String database, boolean ephemeral) {

    public InfraSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        PostgresSettings.requireIdentifier("database", database);
    }

    /** Random free ports in a throw-away directory: for tests. */
    public static InfraSettings ephemeral(Path dataDir) {
        return new InfraSettings(0, 0, 0, dataDir, "mpesa", true);
    }

    PostgresSettings postgres() {
        return new PostgresSettings(postgresPort, dataDir.resolve("postgres"), database, "mpesa", ephemeral);
    }

    KafkaSettings kafka() {
        return new KafkaSettings(kafkaPort, kafkaControllerPort, dataDir.resolve("kafka"), ephemeral);
    }
}
