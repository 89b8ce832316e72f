package io.mpesagw.localstack;

import io.mpesagw.localinfra.LocalInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops whatever the stack has started so far, once, whether called by close(), by a failed
 * start, or by the JVM's shutdown hook (Ctrl-C, SIGTERM): children first, then Kafka, then PostgreSQL.
 */
final class StackTeardown {

    static final Duration GRACE = Duration.ofSeconds(30);

    private final StackFiles files;
    private final List<ManagedProcess> processes = new CopyOnWriteArrayList<>();
    private final AtomicBoolean done = new AtomicBoolean();
    private final Thread hook = new Thread(this::run, "local-stack-shutdown");
    private volatile LocalInfrastructure infrastructure;

    StackTeardown(StackFiles files) {
        this.files = files;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    void own(LocalInfrastructure started) {
        this.infrastructure = started;
    }

    void own(ManagedProcess process) {
        processes.add(process);
        files.recordChildren(processes);
    }

    List<ManagedProcess> processes() {
        return List.copyOf(processes);
    }

    boolean isDone() {
        return done.get();
    }

    void close() {
        run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting and runs the hook itself; it finds the work done
        }
    }

    private void run() {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        // all children at once: each may take seconds to shut down gracefully
        List<Thread> stoppers = processes.stream()
                .map(process -> Thread.ofPlatform().name("stop-" + process.component().module())
                        .start(() -> process.stop(GRACE)))
                .toList();
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        files.forgetChildren();
        LocalInfrastructure infra = infrastructure;
        if (infra != null) {
            infra.close();
        }
        files.releaseIfOurs();
    }
}
