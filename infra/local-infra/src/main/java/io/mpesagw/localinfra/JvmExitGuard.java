package io.mpesagw.localinfra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans up after this JVM even when it dies without running its shutdown hooks (SIGKILL, a
 * halted test fork): a small shell watcher, in its own session so Ctrl-C does not reach it, waits
 * for this JVM to disappear and then runs a script. PostgreSQL and the stack's children are
 * separate processes that would otherwise live on.
 */
public final class JvmExitGuard {

    private final Process watcher;

    private JvmExitGuard(Process watcher) {
        this.watcher = watcher;
    }

    /** Runs {@code script} (POSIX sh) once this JVM has exited, unless {@link #disarm()} is called first. */
    public static JvmExitGuard arm(String script) {
        long jvm = ProcessHandle.current().pid();
        // a zombie still answers kill -0, so look at the process state as well
        String watch = "while [ -e /proc/" + jvm + " ] && ! grep -q ') Z' /proc/" + jvm + "/stat 2>/dev/null;"
                + " do sleep 1; done\n" + script;
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of("sh", "-c", watch));
        try {
            Process watcher = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new JvmExitGuard(watcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the exit watcher (sh)", e);
        }
    }

    /** The JVM is cleaning up itself: the watcher is no longer needed. */
    public void disarm() {
        watcher.destroy();
    }

    /** A shell word: {@code it's} becomes {@code 'it'\''s'}. */
    public static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
