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
    private final Counter b2cRequests;
    private final Counter statusQueries;
    private final Counter balanceQueries;
    private final Counter reversals;
    private final Counter resultCallbacks;

    public SimulatorMetrics(MeterRegistry registry) {
        oauthCalls = counter(registry, "simulator.oauth.calls", "Requests to /oauth/v1/generate, accepted or not");
        stkPushes = counter(registry, "simulator.stk.pushes", "Requests to the STK push API, accepted or not");
        stkQueries = counter(registry, "simulator.stk.queries", "Requests to the STK push query API, answered or not");
        callbacksSent = counter(registry, "simulator.callbacks.sent", "Callbacks answered with a 2xx status");
        callbacksFailed = counter(registry, "simulator.callbacks.failed",
                "Callbacks answered with a non-2xx status or not delivered at all");
        b2cRequests = counter(registry, "simulator.b2c.requests",
                "Requests to the B2C APIs (v1 and v3), accepted or not");
        statusQueries = counter(registry, "simulator.status.queries", "Requests to the Transaction Status API");
        balanceQueries = counter(registry, "simulator.balance.queries", "Requests to the Account Balance API");
        reversals = counter(registry, "simulator.reversals", "Requests to the Reversal API");
        resultCallbacks = counter(registry, "simulator.result.callbacks",
                "Result callbacks of the initiator APIs posted to ResultURL or QueueTimeOutURL, whatever the answer");
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

    public void b2cRequestReceived() {
        b2cRequests.increment();
    }

    public void statusQueryReceived() {
        statusQueries.increment();
    }

    public void balanceQueryReceived() {
        balanceQueries.increment();
    }

    public void reversalReceived() {
        reversals.increment();
    }

    public void resultCallbackPosted() {
        resultCallbacks.increment();
    }

    public Snapshot snapshot() {
        return new Snapshot(count(oauthCalls), count(stkPushes), count(stkQueries), count(callbacksSent),
                count(callbacksFailed), count(b2cRequests), count(statusQueries), count(balanceQueries),
                count(reversals), count(resultCallbacks));
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }

    private static long count(Counter counter) {
        return (long) counter.count();
    }

    @JsonPropertyOrder({"oauthCalls", "stkPushes", "stkQueries", "callbacksSent", "callbacksFailed", "b2cRequests",
        "statusQueries", "balanceQueries", "reversals", "resultCallbacksSent"})
    public record Snapshot(long oauthCalls, long stkPushes, long stkQueries, long callbacksSent, long callbacksFailed,
            long b2cRequests, long statusQueries, long balanceQueries, long reversals, long resultCallbacksSent) {
    }
}
