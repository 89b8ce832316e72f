package io.mpesagw.simulator;

import org.springframework.test.context.TestPropertySource;

/**
 * Base for the tests of settings chosen at start-up (SIMULATOR_STK_LONG_TEXT=truncate,
 * SIMULATOR_RATE_LIMIT_TPS=1000: far above what any test here sends) and of callback variants: a
 * context of their own, so no other test's callback can take a step of a "rotate" meanwhile.
 * Subclasses await every callback they cause.
 */
@TestPropertySource(properties = {"simulator.stk.long-text=truncate", "simulator.rate-limit-tps=1000"})
public abstract class TunedSimulatorApiTest extends SimulatorApiTest {

    public static final int CONFIGURED_TPS = 1000;
}
