package io.mpesagw.localstack;

import io.mpesagw.localinfra.DatabaseLogins;
import io.mpesagw.localinfra.InfraSettings;
import io.mpesagw.localinfra.LocalInfrastructure;
import io.mpesagw.localinfra.RandomSecrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** The start sequence behind {@link LocalStack#start}. */
final class StackLaunch {

    private static final List<String> INFRA_VARIABLES = LocalInfrastructure.VARIABLES;

    private final StackSettings settings;
    private final StackFiles files;

    StackLaunch(StackSettings settings) {
        this.settings = settings;
        this.files = new StackFiles(settings.stateDir());
    }

    RunningStack run() {
        prepareStateDir();
        files.reapOrphans().forEach(o -> log("stopped " + o + ", left running by an earlier launcher"));
        StackPreflight.check(settings);
        StackSecrets secrets = StackSecrets.loadOrCreate(files.secrets());
        StackTeardown teardown = new StackTeardown(files);
        try {
            Infrastructure infra = startInfrastructure(teardown);
            Wiring wiring = new Wiring(settings.ports(), secrets, infra.database(), infra.kafkaBootstrapServers(),
                    settings.stateDir().resolve("simulator-certificate.pem").toAbsolutePath());
            ComponentLauncher launcher = new ComponentLauncher(settings, wiring);
            for (int wave = 1; wave <= 3; wave++) {
                startWave(wave, launcher, teardown);
            }
            DemoCheckout.CheckoutSession demo = null;
            if (settings.demoCheckout() && settings.runs(Component.API_GATEWAY)) {
                demo = DemoCheckout.create(settings.ports().url(Component.API_GATEWAY), secrets.merchantSecretKey())
                        .orElse(null);
            }
            RunningStack stack = new RunningStack(settings, secrets, launcher, teardown, demo);
            files.writeStackEnv(stack.environment());
            watchForCrashes(teardown);
            return stack;
        } catch (RuntimeException e) {
            teardown.close();
            throw e;
        }
    }

    private void prepareStateDir() {
        try {
            Files.createDirectories(settings.stateDir());
            Files.createDirectories(settings.logsDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + settings.stateDir(), e);
        }
    }

    /** Reuses the PostgreSQL and Kafka named by the environment (bin/test's), else starts both here. */
    private Infrastructure startInfrastructure(StackTeardown teardown) {
        Map<String, String> env = settings.environment();
        List<String> missing = INFRA_VARIABLES.stream().filter(v -> env.getOrDefault(v, "").isBlank()).toList();
        if (missing.isEmpty()) {
            DatabaseLogins server = DatabaseLogins.fromEnvironment(env).orElseThrow();
            DatabaseLogins own = server.createDatabase("stack_" + RandomSecrets.hex(6));
            log("using PostgreSQL and Kafka from the environment; this stack's database is " + own.jdbcUrl());
            return new Infrastructure(own, env.get("KAFKA_BOOTSTRAP_SERVERS"));
        }
        if (missing.size() != INFRA_VARIABLES.size()) {
            throw new StackStartException(missing + " not set while " + INFRA_VARIABLES + " are expected together");
        }
        PortPlan ports = settings.ports();
        log("starting PostgreSQL (" + ports.postgres() + ") and Kafka (" + ports.kafka() + ")");
        LocalInfrastructure infra = LocalInfrastructure.start(new InfraSettings(ports.postgres(), ports.kafka(),
                ports.kafkaController(), settings.stateDir().resolve("infra"), "mpesa", settings.ephemeralData()));
        teardown.own(infra);
        return new Infrastructure(infra.postgres().logins(), infra.kafka().bootstrapServers());
    }

    private record Infrastructure(DatabaseLogins database, String kafkaBootstrapServers) {
    }

    private void startWave(int wave, ComponentLauncher launcher, StackTeardown teardown) {
        List<Component> components = Arrays.stream(Component.values())
                .filter(c -> c.wave() == wave && settings.runs(c)).toList();
        if (components.isEmpty()) {
            return;
        }
        log("starting " + components.stream().map(Component::module).toList());
        List<ManagedProcess> started = new ArrayList<>();
        for (Component component : components) {
            ManagedProcess process = launcher.start(component);
            teardown.own(process);
            started.add(process);
        }
        awaitAll(started, launcher);
    }

    /** Waits for the whole wave, but gives up as soon as one of them fails. */
    private void awaitAll(List<ManagedProcess> processes, ComponentLauncher launcher) {
        Executor ownThread = task -> Thread.ofPlatform().daemon().start(task);
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        List<CompletableFuture<Void>> waits = processes.stream()
                .map(p -> CompletableFuture.runAsync(() -> awaitReady(p, launcher), ownThread)
                        .whenComplete((ok, failure) -> {
                            if (failure != null) {
                                firstFailure.completeExceptionally(failure);
                            }
                        }))
                .toList();
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)), firstFailure).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void awaitReady(ManagedProcess process, ComponentLauncher launcher) {
        Component component = process.component();
        long started = System.nanoTime();
        launcher.awaitReady(process, settings.ports().url(component));
        log(component.module() + " is up on " + settings.ports().url(component) + " ("
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
    }

    /** A service that dies after start-up is worth a line on the console: the stack is degraded. */
    private static void watchForCrashes(StackTeardown teardown) {
        teardown.processes().forEach(process -> watchForCrash(process, teardown));
    }

    static void watchForCrash(ManagedProcess process, StackTeardown teardown) {
        process.onExit(() -> {
            if (!teardown.isDone()) {
                System.err.println("[local-stack] " + process.component().module() + " exited (code "
                        + process.exitCode() + "); see " + process.logFile());
            }
        });
    }

    static void log(String message) {
        System.out.println("[local-stack] " + message);
    }
}
