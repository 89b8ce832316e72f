package io.mpesagw.simulator;

import org.springframework.test.context.TestPropertySource;

/**
 * Base for tests that change global simulator state (callback faults and delay, API faults, token
 * expiry) or watch for callbacks that must not come: a Spring context of their own, so no other
 * test class's callbacks are in flight meanwhile. C2B validation gives up after one second here.
 */
@TestPropertySource(properties = "simulator.c2b.validation-timeout-ms=1000")
public abstract class IsolatedSimulatorApiTest extends SimulatorApiTest {

    public static final long VALIDATION_TIMEOUT_MS = 1000;
}
