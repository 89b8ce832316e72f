package io.mpesagw.localstack;

import io.mpesagw.localinfra.LoopbackPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks that fail in a second with a clear message, rather than in a minute with a stack trace. */
final class StackPreflight {

    private StackPreflight() {
    }

    static void check(StackSettings settings) {
        List<String> problems = new ArrayList<>();
        if (!Files.isExecutable(settings.javaExecutable())) {
            problems.add("no java at " + settings.javaExecutable() + " (set JAVA_HOME to a JDK 21 or newer)");
        }
        for (Component component : settings.components()) {
            if (component.isJvmService()) {
                Path jar = component.jar(settings.repoRoot());
                if (!Files.isRegularFile(jar)) {
                    problems.add(component.module() + " is not built: " + jar + " is missing"
                            + " (run: mvn -B -DskipTests install)");
                }
            } else if (!Files.isRegularFile(settings.repoRoot().resolve("checkout-ui/dist/index.html"))) {
                problems.add("checkout-ui is not built: checkout-ui/dist/index.html is missing"
                        + " (run: mvn -B -DskipTests install, or npm ci && npm run build in checkout-ui)");
            }
            int port = settings.ports().of(component);
            if (LoopbackPorts.isListening(port)) {
                problems.add("port " + port + " for " + component.module() + " is already in use"
                        + " (a stack already running? bin/stack stop)");
            }
        }
        if (!problems.isEmpty()) {
            throw new StackStartException("cannot start the stack:\n  - " + String.join("\n  - ", problems));
        }
    }
}
