package io.mpesagw.localstack;

import io.mpesagw.localinfra.LoopbackPorts;

/** Every port of the stack on 127.0.0.1; the two columns of the README's port table. */
public record PortPlan(int gateway, int payment, int callback, int token, int notification, int simulator,
                       int checkoutUi, int postgres, int kafka, int kafkaController) {

    /** {@code bin/stack}. */
    public static final PortPlan LOCAL_RUN = new PortPlan(8080, 8081, 8082, 8083, 8084, 8090, 5173, 55432, 59092, 59093);

    /**
     * End-to-end tests. They start their own PostgreSQL and Kafka on these ports rather than share the
     * ones {@code bin/test} starts (56432, 59192/59193): leftover records of the services' integration
     * tests on shared topics would otherwise reach the stack's consumers.
     */
    public static final PortPlan END_TO_END =
            new PortPlan(18080, 18081, 18082, 18083, 18084, 18090, 15173, 57432, 59292, 59293);

    /** Ports free right now, for a test or benchmark that runs beside other stacks (never the fixed plans). */
    public static PortPlan free() {
        return new PortPlan(LoopbackPorts.free(), LoopbackPorts.free(), LoopbackPorts.free(), LoopbackPorts.free(),
                LoopbackPorts.free(), LoopbackPorts.free(), LoopbackPorts.free(), LoopbackPorts.free(),
                LoopbackPorts.free(), LoopbackPorts.free());
    }

    public int of(Component component) {
        return switch (component) {
            case API_GATEWAY -> gateway;
            case PAYMENT_SERVICE -> payment;
            case CALLBACK_SERVICE -> callback;
            case TOKEN_SERVICE -> token;
            case NOTIFICATION_SERVICE -> notification;
            case DARAJA_SIMULATOR -> simulator;
            case CHECKOUT_UI -> checkoutUi;
        };
    }

    public String url(Component component) {
        return "http://127.0.0.1:" + of(component);
    }
}
