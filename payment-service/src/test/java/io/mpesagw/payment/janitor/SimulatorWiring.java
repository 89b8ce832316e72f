package io.mpesagw.payment.janitor;

import io.mpesagw.testsupport.DarajaSimulatorProcess;
import io.mpesagw.testsupport.SharedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The settings of a payment-service context that talks to a real simulator process through a
 * {@link TokenServiceStandIn}, with Kafka listeners off (the test drives the use cases itself) and
 * callbacks pointed nowhere: shared by the tests that need Daraja answers, not the broker.
 */
public final class SimulatorWiring {

    private SimulatorWiring() {
    }

    public static void register(DynamicPropertyRegistry registry, DarajaSimulatorProcess daraja, TokenServiceStandIn tokens,
            String internalToken) {
        SharedInfrastructure.register(registry);
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        registry.add("mpesa.payment.daraja-base-url", daraja::baseUrl);
        registry.add("mpesa.payment.shortcode", () -> "174379");
        registry.add("mpesa.payment.passkey", () -> "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919");
        registry.add("mpesa.payment.token-service-url", tokens::url);
        registry.add("mpesa.payment.internal-auth-token", () -> internalToken);
        registry.add("mpesa.payment.callback-signing-key", () -> "c".repeat(40));
        registry.add("mpesa.payment.callback-base-url", () -> "http://127.0.0.1:9");
    }
}
