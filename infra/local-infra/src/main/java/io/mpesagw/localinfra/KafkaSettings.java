package io.mpesagw.localinfra;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the local single-node Kafka broker.
 *
 * @param brokerPort     client listener on 127.0.0.1 (0 picks a free one)
 * @param controllerPort KRaft controller listener on 127.0.0.1 (0 picks a free one)
 * @param dataDir        log directory; kept between runs unless {@code ephemeral}
 * @param ephemeral      delete the log directory when the broker stops (tests)
 */
public record KafkaSettings(int brokerPort, int controllerPort, Path dataDir, boolean ephemeral) {

    public KafkaSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        requirePort("broker", brokerPort);
        requirePort("controller", controllerPort);
        if (brokerPort != 0 && brokerPort == controllerPort) {
            throw new IllegalArgumentException("broker and controller ports must differ, both were " + brokerPort);
        }
    }

    private static void requirePort(String listener, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("kafka " + listener + " port must be 0..65535, was " + port);
        }
    }
}
