package io.mpesagw.localinfra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts PostgreSQL and Kafka, writes their coordinates to an env file, and runs until stopped
 * (SIGTERM or Ctrl-C), then stops Kafka and PostgreSQL.
 *
 * <pre>
 * java -jar local-infra.jar --env-file FILE [--data-dir DIR] [--postgres-port N]
 *      [--kafka-port N] [--kafka-controller-port N] [--database NAME] [--ephemeral]
 * </pre>
 */
public final class InfraMain {

    private static final String USAGE = """
            usage: java -jar local-infra.jar --env-file FILE [options]
              --env-file FILE             where to write DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD,
                                          DATABASE_MIGRATION_USER, DATABASE_MIGRATION_PASSWORD,
                                          KAFKA_BOOTSTRAP_SERVERS (required)
              --data-dir DIR              PostgreSQL and Kafka data (default .local/infra)
              --postgres-port N           default 55432 (0 = any free port)
              --kafka-port N              default 59092 (0 = any free port)
              --kafka-controller-port N   default 59093 (0 = any free port)
              --database NAME             default mpesa
              --ephemeral                 delete the data directory on exit
              --stop-with-parent          exit (cleanly) when the process that started this one dies
            """;

    private InfraMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options;
        InfraSettings settings;
        try {
            options = parse(List.of(args));
            settings = settings(options);
        } catch (IllegalArgumentException e) {
            System.err.println("local-infra: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Path envFile = Path.of(options.get("--env-file")).toAbsolutePath();
        LocalInfrastructure infrastructure;
        try {
            infrastructure = LocalInfrastructure.start(settings);
        } catch (RuntimeException e) {
            System.err.println("local-infra: could not start: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("[local-infra] stopping Kafka and PostgreSQL");
            // a stale env file would point the next reader at servers that are gone
            FileTrees.deleteQuietly(envFile);
            infrastructure.close();
            stopped.countDown();
        }, "local-infra-shutdown"));
        if (options.containsKey("--stop-with-parent")) {
            // a script killed with SIGKILL cannot stop us; noticing its death is the next best thing
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
                System.err.println("[local-infra] the parent process " + parent.pid() + " is gone");
                System.exit(0);
            }));
        }
        EnvFile.write(envFile, infrastructure.environment());
        System.err.printf("[local-infra] PostgreSQL %s and Kafka %s ready in %d ms; env in %s%n",
                infrastructure.postgres().jdbcUrl(), infrastructure.kafka().bootstrapServers(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), envFile);
        stopped.await();
    }

    static Map<String, String> parse(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            switch (name) {
                case "--ephemeral", "--stop-with-parent" -> options.put(name, "true");
                case "--env-file", "--data-dir", "--postgres-port", "--kafka-port", "--kafka-controller-port",
                     "--database" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    options.put(name, args.get(++i));
                }
                default -> throw new IllegalArgumentException("unknown option '" + name + "'");
            }
        }
        if (!options.containsKey("--env-file")) {
            throw new IllegalArgumentException("--env-file is required");
        }
        return options;
    }

    static InfraSettings settings(Map<String, String> options) {
        return new InfraSettings(
                port(options, "--postgres-port", 55432),
                port(options, "--kafka-port", 59092),
                port(options, "--kafka-controller-port", 59093),
                Path.of(options.getOrDefault("--data-dir", ".local/infra")).toAbsolutePath(),
                options.getOrDefault("--database", "mpesa"),
                options.containsKey("--ephemeral"));
    }

    private static int port(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the accepted range
        }
        throw new IllegalArgumentException(name + " must be a port number 0..65535, was '" + value + "'");
    }
}
