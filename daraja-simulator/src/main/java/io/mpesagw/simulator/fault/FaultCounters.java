package io.mpesagw.simulator.fault;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Faults the simulator injected on request of the control API, as
 * {@code simulator_faults_injected_total{fault="..."}}: a benchmark can tell scripted failures
 * from real ones.
 */
@Component
public class FaultCounters {

    public static final String SPIKE_ARREST = "spike-arrest";
    public static final String QUOTA = "quota";
    public static final String SERVER_ERROR = "server-error";
    public static final String CALLBACK_DROP = "callback-drop";
    public static final String CALLBACK_DUPLICATE = "callback-duplicate";
    public static final String TOKENS_EXPIRED = "tokens-expired";

    private final Map<String, Counter> byFault = new ConcurrentHashMap<>();

    public FaultCounters(MeterRegistry registry) {
        for (String fault : new String[] {SPIKE_ARREST, QUOTA, SERVER_ERROR, CALLBACK_DROP, CALLBACK_DUPLICATE,
            TOKENS_EXPIRED}) {
            byFault.put(fault, Counter.builder("simulator.faults.injected")
                    .description("Failures injected through the control API")
                    .tag("fault", fault)
                    .register(registry));
        }
    }

    public void injected(String fault) {
        Counter counter = byFault.get(fault);
        if (counter == null) {
            throw new IllegalArgumentException("unknown fault " + fault);
        }
        counter.increment();
    }
}
