package io.mpesagw.simulator.stk;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;

/**
 * Decides how each prompt ends: scripted outcomes first (each used by one push, in order), then
 * fixed test numbers, then success. Deterministic, so tests can rely on it.
 */
@Component
public class StkOutcomePlan {

    private static final Map<String, StkOutcome> TEST_NUMBERS = Map.of(
            "254700000001", new StkOutcome.Declined("1032", "Request cancelled by user"),
            "254700000002", new StkOutcome.Declined("1", "The balance is insufficient for the transaction."),
            "254700000003", new StkOutcome.Declined("1037", "DS timeout user cannot be reached"),
            "254700000004", new StkOutcome.Declined("2001", "The initiator information is invalid."),
            "254700000005", new StkOutcome.NoCallback("1037", "No response from user."));

    private final Map<String, Queue<StkOutcome>> scripted = new ConcurrentHashMap<>();

    /** Queues an outcome for the next push to {@code msisdn}; returns how many are now queued for it. */
    public int script(String msisdn, StkOutcome outcome) {
        Queue<StkOutcome> queue = scripted.computeIfAbsent(msisdn, key -> new ConcurrentLinkedQueue<>());
        queue.add(outcome);
        return queue.size();
    }

    public void clearScripts() {
        scripted.clear();
    }

    StkOutcome next(String msisdn) {
        Queue<StkOutcome> queue = scripted.get(msisdn);
        StkOutcome scriptedOutcome = queue == null ? null : queue.poll();
        if (scriptedOutcome != null) {
            return scriptedOutcome;
        }
        return TEST_NUMBERS.getOrDefault(msisdn, new StkOutcome.Paid());
    }
}
