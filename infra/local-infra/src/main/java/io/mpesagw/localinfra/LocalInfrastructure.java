package io.mpesagw.localinfra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/** PostgreSQL and Kafka started together, and the environment variables the services read. */
public final class LocalInfrastructure implements AutoCloseable {

    /** What {@link #environment()} holds: {@link DatabaseLogins#VARIABLES} and {@code KAFKA_BOOTSTRAP_SERVERS}. */
    public static final List<String> VARIABLES =
            Stream.concat(DatabaseLogins.VARIABLES.stream(), Stream.of("KAFKA_BOOTSTRAP_SERVERS")).toList();

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final InfraSettings settings;

    private LocalInfrastructure(LocalPostgres postgres, LocalKafka kafka, InfraSettings settings) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.settings = settings;
    }

    /** Starts both in parallel; if either fails, the other is stopped again. */
    public static LocalInfrastructure start(InfraSettings settings) {
        // own threads, not the common pool: they inherit this thread's context class loader
        Executor ownThread = task -> new Thread(task, "local-infra-start").start();
        var postgres = CompletableFuture.supplyAsync(() -> LocalPostgres.start(settings.postgres()), ownThread);
        var kafka = CompletableFuture.supplyAsync(() -> LocalKafka.start(settings.kafka()), ownThread);
        try {
            CompletableFuture.allOf(postgres, kafka).join();
        } catch (CompletionException e) {
            // wait for the other one too, and stop it before reporting the failure
            closeIfStarted(postgres);
            closeIfStarted(kafka);
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return new LocalInfrastructure(postgres.join(), kafka.join(), settings);
    }

    private static void closeIfStarted(CompletableFuture<? extends AutoCloseable> server) {
        try {
            server.join().close();
        } catch (Exception failedToStartOrStop) {
            // this one is the failure being reported, or it is gone already
        }
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    /** The {@link #VARIABLES} of these servers, as the services read them. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>(postgres.logins().environment());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        return env;
    }

    /** Kafka, then PostgreSQL; an ephemeral data directory goes with them. */
    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
            if (settings.ephemeral()) {
                FileTrees.deleteQuietly(settings.dataDir());
            }
        }
    }
}
