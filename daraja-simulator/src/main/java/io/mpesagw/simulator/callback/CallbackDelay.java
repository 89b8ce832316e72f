package io.mpesagw.simulator.callback;

import io.mpesagw.simulator.SimulatorProperties;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * How long after an accepted request its outcome (and callback) comes: starts at
 * SIMULATOR_CALLBACK_DELAY_MS and can be changed while the simulator runs (test control).
 */
@Component
public class CallbackDelay {

    /** An hour: longer is a mistake, not a test. */
    public static final Duration MAX = Duration.ofHours(1);

    private final Duration configured;
    private final AtomicReference<Duration> current;

    public CallbackDelay(SimulatorProperties properties) {
        this.configured = properties.callbackDelay();
        this.current = new AtomicReference<>(configured);
    }

    public Duration current() {
        return current.get();
    }

    public void set(Duration delay) {
        if (delay.isNegative() || delay.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("the callback delay must be between 0 and " + MAX.toMillis() + " ms");
        }
        current.set(delay);
    }

    /** Back to SIMULATOR_CALLBACK_DELAY_MS. */
    public Duration reset() {
        current.set(configured);
        return configured;
    }
}
