package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.localinfra.DatabaseLogins;
import io.mpesagw.localinfra.PostgresLogin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment each component gets, against the README's configuration tables. */
class WiringTest {

    @TempDir
    Path state;

    private static final String URL = "jdbc:postgresql://127.0.0.1:55432/mpesa";

    private Wiring wiring() {
        StackSecrets secrets = StackSecrets.loadOrCreate(state.resolve("secrets.env"));
        return new Wiring(PortPlan.LOCAL_RUN, secrets,
                new DatabaseLogins(new PostgresLogin(URL, "mpesa_owner", "owner-pw"), new PostgresLogin(URL, "mpesa", "pw")),
                "127.0.0.1:59092", state.resolve("simulator-certificate.pem"));
    }

    @Test
    void gives_the_simulator_the_same_credentials_and_passkey_the_services_use() {
        Wiring wiring = wiring();
        Map<String, String> simulator = wiring.environment(Component.DARAJA_SIMULATOR);
        Map<String, String> token = wiring.environment(Component.TOKEN_SERVICE);
        Map<String, String> payment = wiring.environment(Component.PAYMENT_SERVICE);

        assertThat(simulator.get("SIMULATOR_CONSUMER_KEY")).isEqualTo(token.get("DARAJA_CONSUMER_KEY"));
        assertThat(simulator.get("SIMULATOR_CONSUMER_SECRET")).isEqualTo(token.get("DARAJA_CONSUMER_SECRET"));
        assertThat(simulator.get("SIMULATOR_PASSKEY")).isEqualTo(payment.get("DARAJA_PASSKEY")).matches("[0-9a-f]{64}");
        assertThat(simulator.get("SIMULATOR_INITIATOR_PASSWORD")).isEqualTo(payment.get("DARAJA_INITIATOR_PASSWORD"))
                .matches("[A-Za-z0-9#&%$]{8,}");
        assertThat(simulator.get("SIMULATOR_INITIATOR_NAME")).isEqualTo(payment.get("DARAJA_INITIATOR_NAME"));
        assertThat(simulator.get("SIMULATOR_CERTIFICATE_OUT")).isEqualTo(payment.get("DARAJA_CERTIFICATE_FILE"))
                .endsWith("simulator-certificate.pem");
        assertThat(simulator).containsEntry("SIMULATOR_SHORTCODE", "174379").containsEntry("SERVER_PORT", "8090")
                .doesNotContainKey("DATABASE_URL");
    }

    @Test
    void wires_payment_service_to_the_simulator_token_service_and_callback_service() {
        Map<String, String> payment = wiring().environment(Component.PAYMENT_SERVICE);

        assertThat(payment).containsEntry("SERVER_PORT", "8081")
                .containsEntry("DARAJA_BASE_URL", "http://127.0.0.1:8090")
                .containsEntry("TOKEN_SERVICE_URL", "http://127.0.0.1:8083")
                .containsEntry("CALLBACK_BASE_URL", "http://127.0.0.1:8082")
                .containsEntry("DARAJA_SHORTCODE", "174379")
                .containsEntry("DATABASE_URL", "jdbc:postgresql://127.0.0.1:55432/mpesa")
                .containsEntry("DATABASE_USER", "mpesa")
                .containsEntry("DATABASE_PASSWORD", "pw")
                .containsEntry("DATABASE_MIGRATION_USER", "mpesa_owner")
                .containsEntry("DATABASE_MIGRATION_PASSWORD", "owner-pw")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:59092")
                .containsEntry("MPESA_ENV", "sandbox")
                .containsKeys("INTERNAL_AUTH_TOKEN", "CALLBACK_SIGNING_KEY", "DARAJA_PASSKEY");
    }

    @Test
    void shares_each_secret_only_between_the_services_that_need_it() {
        Wiring wiring = wiring();
        Map<String, String> gateway = wiring.environment(Component.API_GATEWAY);
        Map<String, String> notification = wiring.environment(Component.NOTIFICATION_SERVICE);
        Map<String, String> callback = wiring.environment(Component.CALLBACK_SERVICE);
        Map<String, String> payment = wiring.environment(Component.PAYMENT_SERVICE);

        assertThat(gateway.get("CHECKOUT_WATCH_SIGNING_KEY")).isEqualTo(notification.get("CHECKOUT_WATCH_SIGNING_KEY"));
        assertThat(callback.get("CALLBACK_SIGNING_KEY")).isEqualTo(payment.get("CALLBACK_SIGNING_KEY"));
        assertThat(gateway).doesNotContainKeys("CALLBACK_SIGNING_KEY", "DARAJA_CONSUMER_SECRET");
        // the gateway hands merchants' own Daraja credential sets to token-service
        assertThat(gateway.get("INTERNAL_AUTH_TOKEN")).isEqualTo(wiring.environment(Component.TOKEN_SERVICE)
                .get("INTERNAL_AUTH_TOKEN"));
        assertThat(gateway).containsEntry("TOKEN_SERVICE_URL", "http://127.0.0.1:8083");
        assertThat(callback).containsEntry("CALLBACK_ALLOWED_SOURCES", "127.0.0.0/8")
                .doesNotContainKeys("INTERNAL_AUTH_TOKEN", "CHECKOUT_WATCH_SIGNING_KEY");
        assertThat(gateway.get("GATEWAY_DEMO_MERCHANT_SECRET_KEY")).startsWith("sk_test_");
        assertThat(gateway.get("GATEWAY_DEMO_MERCHANT_PUBLISHABLE_KEY")).startsWith("pk_test_").hasSize(40);
        assertThat(gateway.get("GATEWAY_ADMIN_TOKEN")).hasSizeGreaterThanOrEqualTo(32);
        for (Component other : List.of(Component.PAYMENT_SERVICE, Component.CALLBACK_SERVICE, Component.TOKEN_SERVICE,
                Component.NOTIFICATION_SERVICE, Component.CHECKOUT_UI, Component.DARAJA_SIMULATOR)) {
            assertThat(wiring.environment(other)).as(other.module()).doesNotContainKey("GATEWAY_ADMIN_TOKEN");
        }
    }

    @Test
    void gives_the_token_encryption_key_to_token_service_alone() {
        Wiring wiring = wiring();

        assertThat(wiring.environment(Component.TOKEN_SERVICE))
                .containsEntry("TOKEN_ENCRYPTION_KEY", wiring.secrets().tokenEncryptionKey());
        for (Component other : Component.values()) {
            if (other != Component.TOKEN_SERVICE) {
                assertThat(wiring.environment(other)).as(other.module()).doesNotContainKey("TOKEN_ENCRYPTION_KEY");
            }
        }
    }

    @Test
    void gives_the_gateway_encryption_key_to_the_gateway_alone_and_apart_from_the_token_key() {
        Wiring wiring = wiring();

        assertThat(wiring.environment(Component.API_GATEWAY))
                .containsEntry("GATEWAY_ENCRYPTION_KEY", wiring.secrets().gatewayEncryptionKey());
        assertThat(wiring.secrets().gatewayEncryptionKey()).isNotEqualTo(wiring.secrets().tokenEncryptionKey());
        for (Component other : Component.values()) {
            if (other != Component.API_GATEWAY) {
                assertThat(wiring.environment(other)).as(other.module()).doesNotContainKey("GATEWAY_ENCRYPTION_KEY");
            }
        }
    }

    @Test
    void points_the_browser_facing_pieces_at_each_other() {
        Wiring wiring = wiring();

        assertThat(wiring.environment(Component.API_GATEWAY))
                .containsEntry("CHECKOUT_BASE_URL", "http://127.0.0.1:5173")
                .containsEntry("CHECKOUT_ALLOWED_ORIGINS", "http://127.0.0.1:5173,http://localhost:5173");
        assertThat(wiring.environment(Component.CHECKOUT_UI))
                .containsEntry("CHECKOUT_UI_PORT", "5173")
                .containsEntry("GATEWAY_URL", "http://127.0.0.1:8080")
                .containsEntry("NOTIFICATION_URL", "http://127.0.0.1:8084")
                .doesNotContainKeys("DATABASE_PASSWORD", "DATABASE_MIGRATION_PASSWORD", "SERVER_PORT");
    }
}
