package io.mpesagw.gateway;

import io.mpesagw.testsupport.SharedInfrastructure;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running gateway (real PostgreSQL and Kafka) for the merchant API tests: every subclass has the
 * same configuration, so Spring starts it once for all of them, with one database. The demo merchant
 * ({@code mer_demo}) holds the test keys {@link #KEY} and {@link #PUBLISHABLE_KEY} and nothing else; a
 * test that needs more makes it itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayApiTest {

    protected static final String KEY = "sk_test_" + "a".repeat(32);
    protected static final String PUBLISHABLE_KEY = "pk_test_" + "a".repeat(32);
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected GatewayHttp api;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
        registry.add("mpesa.gateway.demo-merchant-secret-key", () -> KEY);
        registry.add("mpesa.gateway.demo-merchant.publishable-key", () -> PUBLISHABLE_KEY);
        registry.add("mpesa.gateway.watch-signing-key", () -> "w".repeat(40));
        registry.add("mpesa.gateway.encryption-key", () -> Base64.getEncoder().encodeToString(new byte[32]));
        registry.add("mpesa.outbox.poll-interval", () -> "PT0.1S");
    }

    @BeforeEach
    void connect() {
        api = new GatewayHttp(port);
    }
}
