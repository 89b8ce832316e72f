package io.mpesagw.simulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base for tests that speak real HTTP to a running simulator. Every subclass shares one Spring
 * context (same settings), so tests use their own phone numbers to stay independent. Subclasses
 * that add a @TestPropertySource (IsolatedSimulatorApiTest, production mode) get a context of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "simulator.consumer-key=test-consumer-key",
    "simulator.consumer-secret=test-consumer-secret",
    "simulator.token-ttl-seconds=600",
    "simulator.callback-delay-ms=200",
    "simulator.prompt-expiry-ms=3000",
    // Any 127/8 address works on Linux loopback; a non-default one proves the socket is bound to it.
    "simulator.callback-source-address=127.0.0.2"
})
@Import(TestClockConfiguration.class)
public abstract class SimulatorApiTest {

    public static final String CONSUMER_KEY = "test-consumer-key";
    public static final String CONSUMER_SECRET = "test-consumer-secret";
    public static final String CALLBACK_SOURCE = "127.0.0.2";

    @LocalServerPort
    int port;

    @Autowired
    protected MutableClock clock;

    protected DarajaTestClient daraja() {
        return new DarajaTestClient(baseUrl());
    }

    /** Where the running simulator listens, e.g. for another client to point at. */
    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
