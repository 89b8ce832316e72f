package io.mpesagw.testsupport;

import io.mpesagw.localinfra.FileTrees;
import io.mpesagw.localinfra.InfraSettings;
import io.mpesagw.localinfra.LocalInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL and Kafka that integration tests share.
 *
 * <p>{@code bin/test} starts them once per run and exports {@code DATABASE_URL}, the two logins
 * ({@code DATABASE_USER}/{@code DATABASE_PASSWORD} for run time,
 * {@code DATABASE_MIGRATION_USER}/{@code DATABASE_MIGRATION_PASSWORD} for migrations) and
 * {@code KAFKA_BOOTSTRAP_SERVERS}. When those are absent (one test run from an IDE), the first use starts both inside this JVM on free ports
 * in a temporary directory, stopped and removed when the JVM exits.
 *
 * <pre>
 * &#64;DynamicPropertySource
 * static void infra(DynamicPropertyRegistry registry) {
 *     SharedInfrastructure.register(registry);
 * }
 * </pre>
 */
public final class SharedInfrastructure {

    /** Keeps cached Spring contexts (one per test class) well below PostgreSQL's 300 connections. */
    static final int POOL_SIZE_PER_CONTEXT = 5;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile InfraCoordinates coordinates;

    private SharedInfrastructure() {
    }

    /** The shared servers, started in-process on first use when the environment names none. */
    public static InfraCoordinates coordinates() {
        InfraCoordinates current = coordinates;
        if (current == null) {
            synchronized (SharedInfrastructure.class) {
                current = coordinates;
                if (current == null) {
                    current = InfraCoordinates.fromEnvironment(System.getenv()).orElseGet(SharedInfrastructure::startInProcess);
                    coordinates = current;
                }
            }
        }
        return current;
    }

    public static String kafkaBootstrapServers() {
        return coordinates().kafkaBootstrapServers();
    }

    /**
     * Points a Spring Boot test at a fresh database of its own and at the shared Kafka, logged in as
     * the services are: {@code spring.datasource.*} as the runtime role, {@code spring.flyway.user/password}
     * as the owner, a small Hikari pool, and {@code spring.kafka.bootstrap-servers}. The database is
     * named after the calling test class.
     */
    public static void register(DynamicPropertyRegistry registry) {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        IsolatedDatabase database = freshDatabase(caller.getSimpleName());
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.flyway.user", () -> database.logins().owner().user());
        registry.add("spring.flyway.password", () -> database.logins().owner().password());
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> POOL_SIZE_PER_CONTEXT);
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
    }

    /** Creates an empty database on the shared server; {@code hint} makes its name readable in logs. */
    public static IsolatedDatabase freshDatabase(String hint) {
        String name = databaseName(hint);
        return new IsolatedDatabase(name, coordinates().database().createDatabase(name));
    }

    static String databaseName(String hint) {
        String readable = hint == null ? "" : hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (readable.length() > 40) {
            readable = readable.substring(0, 40);
        }
        String unique = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36 * 36), 36);
        return "t" + DATABASES.incrementAndGet() + "_" + readable + "_" + unique;
    }

    private static InfraCoordinates startInProcess() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("mpesa-test-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the test infrastructure", e);
        }
        LocalInfrastructure infrastructure = LocalInfrastructure.start(InfraSettings.ephemeral(dataDir));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            infrastructure.close();
            FileTrees.deleteQuietly(dataDir);
        }, "shared-infrastructure-stop"));
        Map<String, String> env = infrastructure.environment();
        return InfraCoordinates.of(env);
    }
}
