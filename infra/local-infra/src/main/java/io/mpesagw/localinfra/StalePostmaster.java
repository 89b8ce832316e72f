package io.mpesagw.localinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A postmaster outlives its JVM when that JVM is killed with SIGKILL. Left running, it holds the
 * persistent data directory and the port, so the next start stops it first (fast shutdown).
 */
final class StalePostmaster {

    private static final Duration STOP_DEADLINE = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> postmaster = runningPostmaster(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        System.err.println("[local-infra] stopping a PostgreSQL left running by an earlier run (pid " + process.pid() + ")");
        // SIGINT is PostgreSQL's "fast" shutdown: it ends sessions and checkpoints
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        Instant deadline = Instant.now().plus(STOP_DEADLINE);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            sleepBriefly();
        }
        if (process.isAlive()) {
            throw new IllegalStateException("PostgreSQL pid " + process.pid() + " still holds " + dataDir
                    + "; stop it by hand (kill -INT " + process.pid() + ")");
        }
    }

    private static Optional<ProcessHandle> runningPostmaster(Path dataDir) throws IOException {
        Path pidFile = LocalPostgres.pidFile(dataDir);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping a stale PostgreSQL", e);
        }
    }
}
