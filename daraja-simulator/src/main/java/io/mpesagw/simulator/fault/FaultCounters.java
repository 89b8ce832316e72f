package io.mpesagw.simulator.fault;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Faults the simulator injected on request of the control API, as
 * {@code simulator_faults_injected_total{fault="..."}}: a benchmark can tell scripted failures
 * from real ones. {@code rate-limit} counts the Spike Arrests of SIMULATOR_RATE_LIMIT_TPS, apart
 * from armed {@code spike-arrest} faults.
 */
@Component
public class FaultCounters {

    public static final String SPIKE_ARREST = "spike-arrest";
    public static final String QUOTA = "quota";
    public static final String SERVER_ERROR = "server-error";
    public static final String DARAJA_ERROR = "daraja-error";
    public static final String RAW_BODY = "raw-body";
    public static final String LOST_ANSWER = "lost-answer";
    public static final String CALLBACK_DROP = "callback-drop";
    public static final String CALLBACK_DUPLICATE = "callback-duplicate";
    public static final String TOKENS_EXPIRED = "tokens-expired";
    public static final String RATE_LIMIT = "rate-limit";

    private final Map<String, Counter> byFault = new ConcurrentHashMap<>();

    public FaultCounters(MeterRegistry registry) {
        for (String fault : new String[] {SPIKE_ARREST, QUOTA, SERVER_ERROR, DARAJA_ERROR, RAW_BODY, LOST_ANSWER,
            CALLBACK_DROP,
            CALLBACK_DUPLICATE, TOKENS_EXPIRED, RATE_LIMIT}) {
            byFault.put(fault, Counter.builder("simulator.faults.injected")
                    .description("Failures injected through the control API or by the rate limit")
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
