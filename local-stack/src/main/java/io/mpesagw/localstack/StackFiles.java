package io.mpesagw.localstack;

import io.mpesagw.localinfra.EnvFile;
import io.mpesagw.localinfra.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The files in {@code <state>}: stack.env (URLs and keys for people and scripts), stack.pid (the
 * launcher), and stack.children (the child processes, so a launcher killed with SIGKILL leaves
 * nothing behind: the next start stops them).
 */
final class StackFiles {

    private final Path stateDir;

    StackFiles(Path stateDir) {
        this.stateDir = stateDir;
    }

    Path secrets() {
        return stateDir.resolve("secrets.env");
    }

    Path stackEnv() {
        return stateDir.resolve("stack.env");
    }

    Path pidFile() {
        return stateDir.resolve("stack.pid");
    }

    private Path childrenFile() {
        return stateDir.resolve("stack.children");
    }

    void writeStackEnv(Map<String, String> values) {
        EnvFile.write(stackEnv(), values);
    }

    void writePid() {
        write(pidFile(), ProcessHandle.current().pid() + "\n");
    }

    /** The launcher recorded in stack.pid, if it is still running. */
    Optional<ProcessHandle> runningLauncher() {
        if (!Files.isRegularFile(pidFile())) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(pidFile()).strip();
            return text.matches("\\d+") ? ProcessHandle.of(Long.parseLong(text)).filter(ProcessHandle::isAlive)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes stack.pid and stack.env, but only if stack.pid names this process. */
    void releaseIfOurs() {
        boolean ours = runningLauncher().map(p -> p.pid() == ProcessHandle.current().pid()).orElse(false);
        if (ours) {
            FileTrees.deleteQuietly(pidFile());
            FileTrees.deleteQuietly(stackEnv());
        }
    }

    void recordChildren(List<ManagedProcess> processes) {
        StringBuilder text = new StringBuilder();
        for (ManagedProcess process : processes) {
            text.append(process.pid()).append(' ').append(process.startedAt().toEpochMilli()).append(' ')
                    .append(process.component().module()).append('\n');
        }
        write(childrenFile(), text.toString());
    }

    void forgetChildren() {
        FileTrees.deleteQuietly(childrenFile());
    }

    /** Stops children recorded by an earlier launcher that is gone; returns what it stopped. */
    List<String> reapOrphans() {
        if (!Files.isRegularFile(childrenFile()) || runningLauncher().isPresent()) {
            return List.of();
        }
        List<String> stopped = new ArrayList<>();
        for (String line : readLines(childrenFile())) {
            String[] parts = line.strip().split(" ");
            if (parts.length != 3 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
                continue;
            }
            Instant started = Instant.ofEpochMilli(Long.parseLong(parts[1]));
            // same pid and same start time: the very process we started, not a later one reusing the pid
            ProcessHandle.of(Long.parseLong(parts[0]))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().startInstant().map(s -> s.toEpochMilli() == started.toEpochMilli()).orElse(false))
                    .ifPresent(p -> {
                        terminateTree(p, Duration.ofSeconds(20));
                        stopped.add(parts[2] + " (pid " + p.pid() + ")");
                    });
        }
        forgetChildren();
        return stopped;
    }

    static void terminateTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.addFirst(root);
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
