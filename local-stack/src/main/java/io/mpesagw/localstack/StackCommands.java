package io.mpesagw.localstack;

import io.mpesagw.localinfra.EnvFile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** {@code stop} and {@code status} for a stack started elsewhere, and the summary printed by {@code up}. */
final class StackCommands {

    private static final Duration STOP_DEADLINE = Duration.ofSeconds(120);

    private StackCommands() {
    }

    static int stop(StackSettings settings) {
        StackFiles files = new StackFiles(settings.stateDir());
        Optional<ProcessHandle> launcher = files.runningLauncher();
        if (launcher.isEmpty()) {
            files.reapOrphans().forEach(o -> System.out.println("[local-stack] stopped leftover " + o));
            System.out.println("[local-stack] no stack is running (" + files.pidFile() + ")");
            return 0;
        }
        ProcessHandle process = launcher.get();
        if (!process.info().commandLine().map(c -> c.contains("local-stack")).orElse(false)) {
            System.err.println("[local-stack] pid " + process.pid() + " in " + files.pidFile()
                    + " is not a local-stack launcher; not touching it. Remove the file if it is stale.");
            return 1;
        }
        System.out.println("[local-stack] stopping the stack (pid " + process.pid() + ")");
        process.destroy();
        try {
            process.onExit().get(STOP_DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notInTime) {
            System.err.println("[local-stack] the launcher did not stop within " + STOP_DEADLINE.toSeconds()
                    + "s; killing it and its children");
            StackFiles.terminateTree(process, Duration.ofSeconds(5));
            files.reapOrphans();
            return 1;
        }
        System.out.println("[local-stack] stopped");
        return 0;
    }

    static int status(StackSettings settings) {
        StackFiles files = new StackFiles(settings.stateDir());
        Optional<ProcessHandle> launcher = files.runningLauncher();
        if (launcher.isEmpty() || !Files.isRegularFile(files.stackEnv())) {
            System.out.println("stack: not running");
            return 3;
        }
        Map<String, String> env = EnvFile.read(files.stackEnv());
        System.out.println("stack: running (launcher pid " + launcher.get().pid() + "), logs in " + env.get("LOGS_DIR"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        for (Component component : Component.values()) {
            if (!settings.runs(component)) {
                continue;
            }
            String url = settings.ports().url(component);
            String path = component.isJvmService() ? "/actuator/health" : "/";
            System.out.printf("  %-22s %-28s %s%n", component.module(), url, probe(http, url + path));
        }
        return 0;
    }

    private static String probe(HttpClient http, String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? "UP" : "DOWN (HTTP " + response.statusCode() + ")";
        } catch (IOException e) {
            return "DOWN (not answering)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    static void printSummary(RunningStack stack, long seconds) {
        StackSettings settings = stack.settings();
        System.out.println();
        System.out.println("M-Pesa gateway stack is up (" + seconds + " s).");
        row("gateway", stack.gatewayUrl());
        if (settings.runs(Component.CHECKOUT_UI)) {
            row("checkout (demo order)", stack.demoCheckoutUrl().orElse("(no demo session; see the warning above)"));
        }
        row("daraja simulator", stack.simulatorUrl());
        row("notification-service", stack.notificationUrl());
        row("metrics", stack.gatewayUrl() + "/actuator/prometheus (every service: /actuator/prometheus)");
        row("logs", stack.logsDir().toString());
        row("merchant keys", "MERCHANT_SECRET_KEY, MERCHANT_PUBLISHABLE_KEY in " + new StackFiles(settings.stateDir()).stackEnv());
        System.out.println("Stop with Ctrl-C, or bin/stack stop.");
    }

    private static void row(String label, String value) {
        System.out.printf("  %-22s %s%n", label, value);
    }
}
