package io.mpesagw.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed with SIGKILL runs no shutdown hook; its PostgreSQL must not live on regardless. */
class KilledJvmTest {

    @TempDir
    Path tempDir;

    @Test
    void stops_postgres_and_removes_its_ephemeral_directory_when_the_owning_jvm_is_killed() throws Exception {
        Path dataDir = tempDir.resolve("pg");
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PostgresOwner.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            int port = awaitReadyLine(owner);
            assertThat(LoopbackPorts.isListening(port)).isTrue();

            owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(LoopbackPorts.isListening(port)).as("postgres still listening").isFalse();
                assertThat(Files.exists(dataDir)).as("data dir still there").isFalse();
            });
        } finally {
            owner.destroyForcibly();
        }
    }

    private static int awaitReadyLine(Process owner) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> reader.lines()
                .filter(line -> line.startsWith("READY "))
                .map(line -> Integer.parseInt(line.substring(6).strip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the owner JVM ended without starting PostgreSQL")));
        int ready = port.get(120, TimeUnit.SECONDS);
        // keep draining its output so the owner never blocks on a full pipe
        CompletableFuture.runAsync(() -> reader.lines().forEach(line -> { }));
        return ready;
    }

    /** The JVM that gets killed: starts an ephemeral PostgreSQL and waits. */
    public static final class PostgresOwner {
        public static void main(String[] args) throws InterruptedException {
            LocalPostgres postgres = LocalPostgres.start(PostgresSettings.defaults(0, Path.of(args[0]), true));
            System.out.println("READY " + postgres.port());
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5));
        }
    }
}
