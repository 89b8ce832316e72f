package io.mpesagw.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to run the stack. Start from {@link #localRun} or {@link #endToEnd} and adjust with the
 * {@code with...} methods.
 *
 * @param repoRoot          the checkout, where {@code <module>/target/<module>-0.1.0-SNAPSHOT.jar} are
 * @param stateDir          secrets.env, stack.env, stack.pid, the infra data and (by default) logs
 * @param logsDir           one {@code <component>.log} per child process
 * @param ports             where everything listens
 * @param components        what to start (the UI is optional; tests may start only a few)
 * @param ephemeralData     delete PostgreSQL and Kafka data on close (tests)
 * @param environment       where DATABASE_URL etc. of an already running infrastructure are looked up
 * @param javaHome          the JDK whose {@code bin/java} runs the services
 * @param jvmOptions        options for every service JVM
 * @param healthDeadline    how long one component may take to report UP
 * @param demoCheckout      create a demo checkout session once the gateway is up
 * @param overrides         extra environment per component, applied last (e.g. a shorter simulator delay)
 */
public record StackSettings(Path repoRoot, Path stateDir, Path logsDir, PortPlan ports, Set<Component> components,
                            boolean ephemeralData, Map<String, String> environment, Path javaHome,
                            List<String> jvmOptions, Duration healthDeadline, boolean demoCheckout,
                            Map<Component, Map<String, String>> overrides) {

    /** Fast start and a small footprint matter more here than peak throughput. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-Xmx256m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=48m", "-XX:MaxDirectMemorySize=64m");

    public StackSettings {
        Objects.requireNonNull(repoRoot, "repoRoot");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(logsDir, "logsDir");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(javaHome, "javaHome");
        Objects.requireNonNull(healthDeadline, "healthDeadline");
        repoRoot = repoRoot.toAbsolutePath().normalize();
        stateDir = stateDir.toAbsolutePath().normalize();
        logsDir = logsDir.toAbsolutePath().normalize();
        components = components.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(components));
        environment = Map.copyOf(environment);
        jvmOptions = List.copyOf(jvmOptions);
        overrides = Map.copyOf(overrides);
    }

    /** {@code bin/stack}: local-run ports, state in {@code <repo>/.local}, data kept between runs. */
    public static StackSettings localRun(Path repoRoot) {
        Path state = repoRoot.resolve(".local");
        return new StackSettings(repoRoot, state, state.resolve("logs"), PortPlan.LOCAL_RUN,
                EnumSet.allOf(Component.class), false, System.getenv(), defaultJavaHome(), DEFAULT_JVM_OPTIONS,
                Duration.ofMinutes(4), true, Map.of());
    }

    /** End-to-end tests: the e2e ports, state in a directory of the test's, data thrown away. */
    public static StackSettings endToEnd(Path repoRoot, Path stateDir) {
        return new StackSettings(repoRoot, stateDir, stateDir.resolve("logs"), PortPlan.END_TO_END,
                EnumSet.allOf(Component.class), true, System.getenv(), defaultJavaHome(), DEFAULT_JVM_OPTIONS,
                Duration.ofMinutes(4), true, Map.of());
    }

    /** Another state folder, with the logs in its {@code logs/}. */
    public StackSettings withStateDir(Path newStateDir) {
        return new StackSettings(repoRoot, newStateDir, newStateDir.resolve("logs"), ports, components, ephemeralData,
                environment, javaHome, jvmOptions, healthDeadline, demoCheckout, overrides);
    }

    public StackSettings withPorts(PortPlan newPorts) {
        return new StackSettings(repoRoot, stateDir, logsDir, newPorts, components, ephemeralData, environment,
                javaHome, jvmOptions, healthDeadline, demoCheckout, overrides);
    }

    public StackSettings withComponents(Set<Component> only) {
        return new StackSettings(repoRoot, stateDir, logsDir, ports, only, ephemeralData, environment,
                javaHome, jvmOptions, healthDeadline, demoCheckout, overrides);
    }

    public StackSettings withoutUi() {
        EnumSet<Component> rest = components.isEmpty() ? EnumSet.noneOf(Component.class) : EnumSet.copyOf(components);
        rest.remove(Component.CHECKOUT_UI);
        return withComponents(rest);
    }

    /** Where to look for DATABASE_URL etc.; an empty map forces PostgreSQL and Kafka in this JVM. */
    public StackSettings withEnvironment(Map<String, String> lookup) {
        return new StackSettings(repoRoot, stateDir, logsDir, ports, components, ephemeralData, lookup,
                javaHome, jvmOptions, healthDeadline, demoCheckout, overrides);
    }

    public StackSettings withHealthDeadline(Duration deadline) {
        return new StackSettings(repoRoot, stateDir, logsDir, ports, components, ephemeralData, environment,
                javaHome, jvmOptions, deadline, demoCheckout, overrides);
    }

    public StackSettings withDemoCheckout(boolean create) {
        return new StackSettings(repoRoot, stateDir, logsDir, ports, components, ephemeralData, environment,
                javaHome, jvmOptions, healthDeadline, create, overrides);
    }

    /** Options for every service JVM instead of {@link #DEFAULT_JVM_OPTIONS} (e.g. without C1-only for a benchmark). */
    public StackSettings withJvmOptions(List<String> options) {
        return new StackSettings(repoRoot, stateDir, logsDir, ports, components, ephemeralData, environment,
                javaHome, options, healthDeadline, demoCheckout, overrides);
    }

    /** Adds one environment variable for one component, e.g. SIMULATOR_CALLBACK_DELAY_MS. */
    public StackSettings withOverride(Component component, String name, String value) {
        Map<Component, Map<String, String>> copy = new HashMap<>(overrides);
        Map<String, String> forComponent = new HashMap<>(copy.getOrDefault(component, Map.of()));
        forComponent.put(name, value);
        copy.put(component, Map.copyOf(forComponent));
        return new StackSettings(repoRoot, stateDir, logsDir, ports, components, ephemeralData, environment,
                javaHome, jvmOptions, healthDeadline, demoCheckout, copy);
    }

    public boolean runs(Component component) {
        return components.contains(component);
    }

    Path javaExecutable() {
        return javaHome.resolve("bin").resolve("java");
    }

    /** $JAVA_HOME when set (bin/stack sets it), else the JDK running this launcher. */
    private static Path defaultJavaHome() {
        String fromEnv = System.getenv("JAVA_HOME");
        return Path.of(fromEnv != null && !fromEnv.isBlank() ? fromEnv : System.getProperty("java.home"));
    }
}
