package io.mpesagw.simulator;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What the simulator has seen and done, as Micrometer counters (scraped on /actuator/prometheus as
 * {@code simulator_*_total}) and as a JSON snapshot for tests and benchmarks.
 */
@Component
public class SimulatorMetrics {

    private final Counter oauthCalls;
    private final Counter stkPushes;
    private final Counter stkQueries;
    private final Counter callbacksSent;
    private final Counter callbacksFailed;

    public SimulatorMetrics(MeterRegistry registry) {
        oauthCalls = counter(registry, "simulator.oauth.calls", "Requests to /oauth/v1/generate, accepted or not");
        stkPushes = counter(registry, "simulator.stk.pushes", "Requests to the STK push API, accepted or not");
        stkQueries = counter(registry, "simulator.stk.queries", "Requests to the STK push query API, answered or not");
        callbacksSent = counter(registry, "simulator.callbacks.sent", "Callbacks answered with a 2xx status");
        callbacksFailed = counter(registry, "simulator.callbacks.failed",
                "Callbacks answered with a non-2xx status or not delivered at all");
    }

    public void oauthCalled() {
        oauthCalls.increment();
    }

    public void stkPushReceived() {
        stkPushes.increment();
    }

    public void stkQueryReceived() {
        stkQueries.increment();
    }

    public void callbackSent() {
        callbacksSent.increment();
    }

    public void callbackFailed() {
        callbacksFailed.increment();
    }

    public Snapshot snapshot() {
        return new Snapshot(count(oauthCalls), count(stkPushes), count(stkQueries), count(callbacksSent),
                count(callbacksFailed));
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }

    private static long count(Counter counter) {
        return (long) counter.count();
    }

    @JsonPropertyOrder({"oauthCalls", "stkPushes", "stkQueries", "callbacksSent", "callbacksFailed"})
    public record Snapshot(long oauthCalls, long stkPushes, long stkQueries, long callbacksSent, long callbacksFailed) {
    }
}
