package io.mpesagw.localinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft mode (one process acting as broker and controller), run
 * inside this JVM from the Maven Central artifacts, listening on 127.0.0.1 only.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Duration READY_DEADLINE = Duration.ofSeconds(60);

    /**
     * Partitions of an auto-created topic: as many as the services declare by default (service-kit's
     * KAFKA_TOPIC_PARTITIONS), so that a topic a reader looks up before any service started is not left
     * with one partition, which would keep a second payment-service instance idle.
     */
    public static final int DEFAULT_TOPIC_PARTITIONS = 6;

    private final KafkaRaftServer server;
    private final KafkaSettings settings;
    private final JvmExitGuard guard;

    private LocalKafka(KafkaRaftServer server, KafkaSettings settings) {
        this.server = server;
        this.settings = settings;
        // the broker dies with this JVM; only an ephemeral log dir would be left behind
        this.guard = settings.ephemeral()
                ? JvmExitGuard.arm("rm -rf " + JvmExitGuard.quote(settings.dataDir().toAbsolutePath().toString()))
                : null;
    }

    public static LocalKafka start(KafkaSettings requested) {
        Objects.requireNonNull(requested, "settings");
        // Kafka loads configured classes through the context class loader; in a pool thread or a
        // Spring Boot fat jar that is not the loader that sees Kafka, so pin it for the broker threads
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(LocalKafka.class.getClassLoader());
        try {
            return startWithKafkaClassLoader(requested);
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    private static LocalKafka startWithKafkaClassLoader(KafkaSettings requested) {
        KafkaSettings settings = withConcretePorts(requested);
        LoopbackPorts.requireFree("Kafka broker", settings.brokerPort());
        LoopbackPorts.requireFree("Kafka controller", settings.controllerPort());
        Properties properties = brokerProperties(settings);
        Path propertiesFile = writeProperties(settings.dataDir(), properties);
        format(propertiesFile, logDir(settings));
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        LocalKafka kafka = new LocalKafka(server, settings);
        try {
            kafka.awaitReady();
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        return kafka;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + settings.brokerPort();
    }

    public int brokerPort() {
        return settings.brokerPort();
    }

    public int controllerPort() {
        return settings.controllerPort();
    }

    @Override
    public void close() {
        if (guard != null) {
            guard.disarm();
        }
        server.shutdown();
        server.awaitShutdown();
        if (settings.ephemeral()) {
            FileTrees.deleteQuietly(settings.dataDir());
        }
    }

    private static KafkaSettings withConcretePorts(KafkaSettings settings) {
        int broker = LoopbackPorts.orFree(settings.brokerPort());
        int controller = LoopbackPorts.orFree(settings.controllerPort());
        while (controller == broker) {
            controller = LoopbackPorts.free();
        }
        return new KafkaSettings(broker, controller, settings.dataDir(), settings.ephemeral());
    }

    static Properties brokerProperties(KafkaSettings settings) {
        String broker = "127.0.0.1:" + settings.brokerPort();
        String controller = "127.0.0.1:" + settings.controllerPort();
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@" + controller),
                Map.entry("listeners", "PLAINTEXT://" + broker + ",CONTROLLER://" + controller),
                Map.entry("advertised.listeners", "PLAINTEXT://" + broker),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", logDir(settings).toString()),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("num.partitions", String.valueOf(DEFAULT_TOPIC_PARTITIONS)),
                // one node: every internal topic has one replica, and few partitions keep start-up fast
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // a small footprint: few threads, small buffers
                Map.entry("num.network.threads", "2"),
                Map.entry("num.io.threads", "2"),
                Map.entry("background.threads", "2"),
                Map.entry("num.recovery.threads.per.data.dir", "1"),
                Map.entry("num.replica.fetchers", "1"),
                Map.entry("log.cleaner.threads", "1"),
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024)),
                Map.entry("log.segment.bytes", String.valueOf(64 * 1024 * 1024)),
                Map.entry("log.index.size.max.bytes", String.valueOf(1024 * 1024)),
                Map.entry("log.retention.hours", "168")));
        return p;
    }

    private static Path logDir(KafkaSettings settings) {
        return settings.dataDir().resolve("log").toAbsolutePath();
    }

    private static Path writeProperties(Path dataDir, Properties properties) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("server.properties");
            try (var out = Files.newBufferedWriter(file)) {
                properties.store(out, "written by io.mpesagw.localinfra.LocalKafka at every start");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Kafka config in " + dataDir, e);
        }
    }

    /** kafka-storage.sh format; a log dir formatted by an earlier run is kept as it is. */
    private static void format(Path propertiesFile, Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "--config", propertiesFile.toString(),
                "--cluster-id", Uuid.randomUuid().toString()};
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(args, out);
        } catch (RuntimeException e) {
            throw new IllegalStateException("formatting the Kafka log dir failed: " + e.getMessage(), e);
        }
        if (status != 0) {
            throw new IllegalStateException("formatting the Kafka log dir failed (" + status + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    /** Ready means a client can bootstrap and the controller answers: describeCluster succeeds. */
    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_DEADLINE);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(config)) {
            Exception last = null;
            while (Instant.now().isBefore(deadline)) {
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000))
                            .nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    last = e;
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            throw new IllegalStateException("Kafka at " + bootstrapServers() + " was not ready within "
                    + READY_DEADLINE.toSeconds() + "s", last);
        }
    }
}
