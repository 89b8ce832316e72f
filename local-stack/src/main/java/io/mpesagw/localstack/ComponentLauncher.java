package io.mpesagw.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts one component's process as the stack wires it (command line, working folder, environment)
 * and waits until it answers. The launch uses it for every component, {@link RunningStack} for replicas.
 */
final class ComponentLauncher {

    private final StackSettings settings;
    private final Wiring wiring;
    private final Readiness readiness = new Readiness();

    ComponentLauncher(StackSettings settings, Wiring wiring) {
        this.settings = settings;
        this.wiring = wiring;
    }

    Wiring wiring() {
        return wiring;
    }

    /** The component on its planned port, logging to {@code <module>.log}. */
    ManagedProcess start(Component component) {
        return start(component, environment(component), settings.logsDir().resolve(component.module() + ".log"));
    }

    /** Another instance of a JVM component on {@code port}, logging to {@code <module>-<port>.log}. */
    ManagedProcess startReplica(Component component, int port) {
        if (!component.isJvmService()) {
            throw new IllegalArgumentException(component.module() + " cannot be replicated: only the JVM components can");
        }
        return start(component, replicaEnvironment(component, port),
                settings.logsDir().resolve(component.module() + "-" + port + ".log"));
    }

    /** Returns once the process answers at {@code baseUrl}; fails with {@link StackStartException}. */
    void awaitReady(ManagedProcess process, String baseUrl) {
        if (process.component().isJvmService()) {
            readiness.awaitHealthy(process, baseUrl, settings.healthDeadline());
        } else {
            readiness.awaitServing(process, baseUrl, settings.healthDeadline());
        }
    }

    /** What the wiring gives the component, then the settings' overrides. */
    Map<String, String> environment(Component component) {
        Map<String, String> env = new LinkedHashMap<>(wiring.environment(component));
        env.putAll(settings.overrides().getOrDefault(component, Map.of()));
        return env;
    }

    /** The component's environment with only its port changed, whatever the overrides said. */
    Map<String, String> replicaEnvironment(Component component, int port) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1-65535, got " + port);
        }
        Map<String, String> env = environment(component);
        env.put("SERVER_PORT", Integer.toString(port));
        return env;
    }

    private ManagedProcess start(Component component, Map<String, String> environment, Path logFile) {
        return ManagedProcess.start(component, command(component), workingDir(component), environment, logFile,
                component.isJvmService() ? component.jar(settings.repoRoot()).toString() : "run preview");
    }

    private List<String> command(Component component) {
        if (!component.isJvmService()) {
            return List.of("npm", "run", "preview");
        }
        List<String> command = new ArrayList<>();
        command.add(settings.javaExecutable().toString());
        command.addAll(settings.jvmOptions());
        command.add("-jar");
        command.add(component.jar(settings.repoRoot()).toString());
        return command;
    }

    private Path workingDir(Component component) {
        return component.isJvmService() ? settings.repoRoot() : settings.repoRoot().resolve(component.module());
    }
}
