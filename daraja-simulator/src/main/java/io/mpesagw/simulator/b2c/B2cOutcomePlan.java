package io.mpesagw.simulator.b2c;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;

/**
 * Decides how each accepted B2C payment ends, by recipient: scripted outcomes first (each used by
 * one payment, in order), then fixed test numbers, then success. Deterministic, so tests can rely on it.
 */
@Component
class B2cOutcomePlan {

    static final Map<String, B2cOutcome> TEST_NUMBERS = Map.of(
            "254700000011", declined("1"),
            "254700000012", declined("2040"),
            "254700000013", declined("SFC_IC0003"),
            "254700000014", new B2cOutcome.TimedOut());

    private final Map<String, Queue<B2cOutcome>> scripted = new ConcurrentHashMap<>();

    /** Queues an outcome for the next payment to {@code partyB}; returns how many are now queued for it. */
    int script(String partyB, B2cOutcome outcome) {
        Queue<B2cOutcome> queue = scripted.computeIfAbsent(partyB, key -> new ConcurrentLinkedQueue<>());
        queue.add(outcome);
        return queue.size();
    }

    void clearScripts() {
        scripted.clear();
    }

    B2cOutcome next(String partyB) {
        Queue<B2cOutcome> queue = scripted.get(partyB);
        B2cOutcome scriptedOutcome = queue == null ? null : queue.poll();
        if (scriptedOutcome != null) {
            return scriptedOutcome;
        }
        return TEST_NUMBERS.getOrDefault(partyB, new B2cOutcome.Paid());
    }

    private static B2cOutcome declined(String code) {
        return new B2cOutcome.Declined(code, B2cResultCodes.describe(code).orElseThrow());
    }
}
