package io.mpesagw.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** What the stack runs besides PostgreSQL and Kafka, named after its Maven module. */
public enum Component {
    DARAJA_SIMULATOR("daraja-simulator", 1),
    TOKEN_SERVICE("token-service", 1),
    API_GATEWAY("api-gateway", 2),
    PAYMENT_SERVICE("payment-service", 2),
    CALLBACK_SERVICE("callback-service", 2),
    NOTIFICATION_SERVICE("notification-service", 2),
    CHECKOUT_UI("checkout-ui", 3);

    private final String module;
    private final int wave;

    Component(String module, int wave) {
        this.module = module;
        this.wave = wave;
    }

    /** Module folder, also the log file's name. */
    public String module() {
        return module;
    }

    /**
     * Start order: the simulator and token-service first (the others call them), then the other
     * services together, then the UI that proxies to them.
     */
    int wave() {
        return wave;
    }

    public boolean isJvmService() {
        return this != CHECKOUT_UI;
    }

    /** The Spring Boot services that read DATABASE_URL and KAFKA_BOOTSTRAP_SERVERS. */
    boolean usesInfrastructure() {
        return isJvmService() && this != DARAJA_SIMULATOR;
    }

    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
    }

    public static Optional<Component> byModule(String module) {
        return Arrays.stream(values()).filter(c -> c.module.equals(module)).findFirst();
    }
}
