package io.mpesagw.localstack;

import io.mpesagw.localinfra.DatabaseLogins;
import io.mpesagw.localinfra.LoopbackPorts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A started stack: where everything is, and {@link #close()} to stop it all. */
public final class RunningStack implements AutoCloseable {

    private final StackSettings settings;
    private final StackSecrets secrets;
    private final ComponentLauncher launcher;
    private final StackTeardown teardown;
    private final DemoCheckout.CheckoutSession demo;

    RunningStack(StackSettings settings, StackSecrets secrets, ComponentLauncher launcher, StackTeardown teardown,
                 DemoCheckout.CheckoutSession demo) {
        this.settings = settings;
        this.secrets = secrets;
        this.launcher = launcher;
        this.teardown = teardown;
        this.demo = demo;
    }

    public String url(Component component) {
        return settings.ports().url(component);
    }

    public String gatewayUrl() {
        return url(Component.API_GATEWAY);
    }

    public String simulatorUrl() {
        return url(Component.DARAJA_SIMULATOR);
    }

    public String notificationUrl() {
        return url(Component.NOTIFICATION_SERVICE);
    }

    /** Base URL of the checkout page (served only when the UI is part of the stack). */
    public String checkoutUiUrl() {
        return url(Component.CHECKOUT_UI);
    }

    /**
     * The page for one session: the client secret and the merchant's publishable key (both of which the
     * page sends to the gateway) travel in the fragment, never to a server.
     */
    public String checkoutUrlFor(String sessionId, String clientSecret, String publishableKey) {
        return checkoutUiUrl() + "/checkout/" + sessionId + "#client_secret=" + URLEncoder.encode(clientSecret,
                StandardCharsets.UTF_8) + "&publishable_key=" + URLEncoder.encode(publishableKey, StandardCharsets.UTF_8);
    }

    /** The demo merchant's secret key ({@code sk_test_...}) the gateway knows at start-up. */
    public String merchantSecretKey() {
        return secrets.merchantSecretKey();
    }

    /** The demo merchant's publishable key ({@code pk_test_...}), for the checkout page in a browser. */
    public String merchantPublishableKey() {
        return secrets.merchantPublishableKey();
    }

    public StackSecrets secrets() {
        return secrets;
    }

    /** The services' logins (migration owner and runtime role) to the stack's own database. */
    public DatabaseLogins database() {
        return launcher.wiring().database();
    }

    public String kafkaBootstrapServers() {
        return launcher.wiring().kafkaBootstrapServers();
    }

    public Path logsDir() {
        return settings.logsDir();
    }

    public Path logFile(Component component) {
        return settings.logsDir().resolve(component.module() + ".log");
    }

    /** The checkout page for the demo session created at start-up, if the gateway accepted it. */
    public Optional<String> demoCheckoutUrl() {
        return Optional.ofNullable(demo).map(session -> checkoutUrlFor(session.id(), session.clientSecret(),
                merchantPublishableKey()));
    }

    public StackSettings settings() {
        return settings;
    }

    /** What stack.env holds. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GATEWAY_URL", gatewayUrl());
        env.put("MERCHANT_SECRET_KEY", merchantSecretKey());
        env.put("MERCHANT_PUBLISHABLE_KEY", merchantPublishableKey());
        env.put("ADMIN_TOKEN", secrets.adminToken());
        env.put("SIMULATOR_URL", simulatorUrl());
        env.put("CHECKOUT_URL", demoCheckoutUrl().orElse(""));
        env.put("CHECKOUT_UI_URL", settings.runs(Component.CHECKOUT_UI) ? checkoutUiUrl() : "");
        env.put("NOTIFICATION_URL", notificationUrl());
        env.put("TOKEN_SERVICE_URL", url(Component.TOKEN_SERVICE));
        env.put("PAYMENT_SERVICE_URL", url(Component.PAYMENT_SERVICE));
        env.put("CALLBACK_SERVICE_URL", url(Component.CALLBACK_SERVICE));
        env.put("DATABASE_URL", database().jdbcUrl());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        env.put("LOGS_DIR", logsDir().toString());
        return env;
    }

    /**
     * Starts another instance of a JVM component on {@code port} of 127.0.0.1, for tests of several
     * replicas: the component's environment (wiring, then overrides) with only SERVER_PORT changed,
     * output to {@code <module>-<port>.log}. Returns once it reports UP; the stack stops it on close.
     *
     * @throws StackStartException if it exits or is not UP within the health deadline (it is then stopped)
     */
    public ManagedProcess startReplica(Component component, int port) {
        if (teardown.isDone()) {
            throw new IllegalStateException("the stack is closed");
        }
        // something else answering on the port would pass the health check in the replica's place
        LoopbackPorts.requireFree(component.module() + " replica", port);
        String url = "http://127.0.0.1:" + port;
        ManagedProcess replica = launcher.startReplica(component, port);
        teardown.own(replica);
        long started = System.nanoTime();
        try {
            launcher.awaitReady(replica, url);
        } catch (RuntimeException e) {
            replica.stop(StackTeardown.GRACE);
            throw e;
        }
        StackLaunch.log(component.module() + " replica is up on " + url + " ("
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
        StackLaunch.watchForCrash(replica, teardown);
        return replica;
    }

    /** Stops the children (SIGTERM, then SIGKILL after a grace period), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        teardown.close();
    }
}
