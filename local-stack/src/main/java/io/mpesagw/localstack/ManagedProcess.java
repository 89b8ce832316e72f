package io.mpesagw.localstack;

import io.mpesagw.localinfra.JvmExitGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One child process of the stack, its output going to its own log file. */
public final class ManagedProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Component component;
    private final Process process;
    private final Path logFile;
    private final JvmExitGuard guard;

    private ManagedProcess(Component component, Process process, Path logFile, String marker) {
        this.component = component;
        this.process = process;
        this.logFile = logFile;
        this.guard = JvmExitGuard.arm(orphanStopScript(process.pid(), marker));
    }

    /**
     * Starts {@code command} in a session of its own: Ctrl-C reaches only the launcher, which stops
     * the children in order, and a whole child tree (npm, node) can be signalled as one group.
     *
     * @param marker text of the command line that identifies this child to the exit guard
     */
    static ManagedProcess start(Component component, List<String> command, Path workingDir,
                                Map<String, String> environment, Path logFile, String marker) {
        List<String> sessionCommand = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            sessionCommand.add(SETSID.toString());
        }
        sessionCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(sessionCommand)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            return new ManagedProcess(component, builder.start(), logFile, marker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + component.module() + " (" + command.getFirst() + ")", e);
        }
    }

    public Component component() {
        return component;
    }

    public long pid() {
        return process.pid();
    }

    Instant startedAt() {
        return process.toHandle().info().startInstant().orElse(Instant.EPOCH);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    void onExit(Runnable action) {
        process.onExit().thenRun(action);
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * SIGTERM to the process and everything it started (npm starts node, which starts vite), then
     * SIGKILL to whatever is still there after {@code grace}.
     */
    void stop(Duration grace) {
        guard.disarm();
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        }
    }

    /**
     * If the launcher dies without stopping this child: SIGTERM to its process group, SIGKILL
     * after 20 s, but only while the pid still runs our command (pids get reused).
     */
    private static String orphanStopScript(long pid, String marker) {
        return "P=" + pid + "\n"
                + "if tr '\\0' ' ' < /proc/$P/cmdline 2>/dev/null | grep -qF -- " + JvmExitGuard.quote(marker) + "; then\n"
                + "  kill -TERM -$P 2>/dev/null || kill -TERM $P 2>/dev/null\n"
                + "  i=0; while kill -0 $P 2>/dev/null && [ $i -lt 100 ]; do sleep 0.2; i=$((i+1)); done\n"
                + "  kill -KILL -$P 2>/dev/null\n"
                + "fi\n";
    }

    /** The last {@code count} lines of the log, for a failure message. */
    List<String> tail(int count) {
        try {
            if (!Files.exists(logFile)) {
                return List.of();
            }
            // lenient decoding: a log may hold any bytes
            List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(cannot read " + logFile + ": " + e.getMessage() + ")");
        }
    }
}
