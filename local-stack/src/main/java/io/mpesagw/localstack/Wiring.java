package io.mpesagw.localstack;

import io.mpesagw.localinfra.DatabaseLogins;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment of each component, exactly as the README's configuration section lists it. Keep the two in step.
 *
 * @param database              the services' two logins to the stack's database (migration owner, runtime)
 * @param simulatorCertificate where the simulator writes the certificate whose key decrypts B2C
 *                             SecurityCredentials; payment-service encrypts with it
 */
record Wiring(PortPlan ports, StackSecrets secrets, DatabaseLogins database, String kafkaBootstrapServers,
              Path simulatorCertificate) {

    Map<String, String> environment(Component component) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(component == Component.CHECKOUT_UI ? "CHECKOUT_UI_PORT" : "SERVER_PORT",
                Integer.toString(ports.of(component)));
        if (component.usesInfrastructure()) {
            env.putAll(database.environment());
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
            env.put("MPESA_ENV", "sandbox");
        }
        switch (component) {
            case DARAJA_SIMULATOR -> {
                env.put("SIMULATOR_CONSUMER_KEY", secrets.darajaConsumerKey());
                env.put("SIMULATOR_CONSUMER_SECRET", secrets.darajaConsumerSecret());
                env.put("SIMULATOR_SHORTCODE", StackSecrets.SHORTCODE);
                env.put("SIMULATOR_PASSKEY", secrets.darajaPasskey());
                env.put("SIMULATOR_INITIATOR_NAME", StackSecrets.INITIATOR_NAME);
                env.put("SIMULATOR_INITIATOR_PASSWORD", secrets.initiatorPassword());
                env.put("SIMULATOR_CERTIFICATE_OUT", simulatorCertificate.toString());
            }
            case TOKEN_SERVICE -> {
                env.put("DARAJA_BASE_URL", ports.url(Component.DARAJA_SIMULATOR));
                env.put("DARAJA_CONSUMER_KEY", secrets.darajaConsumerKey());
                env.put("DARAJA_CONSUMER_SECRET", secrets.darajaConsumerSecret());
                env.put("INTERNAL_AUTH_TOKEN", secrets.internalAuthToken());
                env.put("TOKEN_ENCRYPTION_KEY", secrets.tokenEncryptionKey());
            }
            case PAYMENT_SERVICE -> {
                env.put("DARAJA_BASE_URL", ports.url(Component.DARAJA_SIMULATOR));
                env.put("DARAJA_SHORTCODE", StackSecrets.SHORTCODE);
                env.put("DARAJA_PASSKEY", secrets.darajaPasskey());
                env.put("TOKEN_SERVICE_URL", ports.url(Component.TOKEN_SERVICE));
                env.put("INTERNAL_AUTH_TOKEN", secrets.internalAuthToken());
                env.put("CALLBACK_BASE_URL", ports.url(Component.CALLBACK_SERVICE));
                env.put("CALLBACK_SIGNING_KEY", secrets.callbackSigningKey());
                env.put("DARAJA_INITIATOR_NAME", StackSecrets.INITIATOR_NAME);
                env.put("DARAJA_INITIATOR_PASSWORD", secrets.initiatorPassword());
                env.put("DARAJA_CERTIFICATE_FILE", simulatorCertificate.toString());
                env.put("DARAJA_B2C_SHORTCODE", "600992"); // Daraja sandbox's B2C shortcode; the simulator takes any
            }
            case CALLBACK_SERVICE -> {
                env.put("CALLBACK_SIGNING_KEY", secrets.callbackSigningKey());
                env.put("CALLBACK_ALLOWED_SOURCES", "127.0.0.0/8");
            }
            case API_GATEWAY -> {
                env.put("CHECKOUT_WATCH_SIGNING_KEY", secrets.checkoutWatchSigningKey());
                env.put("GATEWAY_DEMO_MERCHANT_SECRET_KEY", secrets.merchantSecretKey());
                env.put("GATEWAY_DEMO_MERCHANT_PUBLISHABLE_KEY", secrets.merchantPublishableKey());
                env.put("GATEWAY_ADMIN_TOKEN", secrets.adminToken());
                env.put("GATEWAY_ENCRYPTION_KEY", secrets.gatewayEncryptionKey());
                env.put("TOKEN_SERVICE_URL", ports.url(Component.TOKEN_SERVICE)); // merchants' own Daraja sets
                env.put("INTERNAL_AUTH_TOKEN", secrets.internalAuthToken());
                env.put("CHECKOUT_BASE_URL", ports.url(Component.CHECKOUT_UI));
                env.put("CHECKOUT_ALLOWED_ORIGINS", checkoutOrigins());
            }
            case NOTIFICATION_SERVICE -> {
                env.put("CHECKOUT_WATCH_SIGNING_KEY", secrets.checkoutWatchSigningKey());
                env.put("CHECKOUT_ALLOWED_ORIGINS", checkoutOrigins());
            }
            case CHECKOUT_UI -> {
                env.put("GATEWAY_URL", ports.url(Component.API_GATEWAY));
                env.put("NOTIFICATION_URL", ports.url(Component.NOTIFICATION_SERVICE));
            }
        }
        return env;
    }

    /** The page may be opened as 127.0.0.1 or as localhost; both are the same origin to a person. */
    private String checkoutOrigins() {
        int port = ports.of(Component.CHECKOUT_UI);
        return "http://127.0.0.1:" + port + ",http://localhost:" + port;
    }
}
