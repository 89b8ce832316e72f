package io.mpesagw.simulator.stk;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;

/**
 * Decides how each prompt ends: scripted outcomes first (by phone, then by amount; each used by one
 * push, in order), then the fixed test numbers, then the fixed test amounts, then success.
 * Deterministic, so tests can rely on it. Built-in 1032/1037 texts are varied by {@link CallbackVariantPlan}.
 */
@Component
public class StkOutcomePlan {

    private static final Map<String, StkOutcome> TEST_NUMBERS = Map.of(
            "254700000001", new StkOutcome.Declined("1032", "Request cancelled by user"),
            "254700000002", new StkOutcome.Declined("1", "The balance is insufficient for the transaction."),
            "254700000003", new StkOutcome.Declined("1037", "DS timeout user cannot be reached"),
            "254700000004", new StkOutcome.Declined("2001", "The initiator information is invalid."),
            "254700000005", new StkOutcome.NoCallback("1037", "No response from user."));

    /** An amount equal to a four-digit ResultCode ends that way (KES 1032 = cancelled by the customer). */
    static final List<String> TEST_AMOUNT_CODES =
            List.of("1001", "1019", "1025", "1032", "1037", "2001", "2028", "8006", "9999");

    /** {@code textGiven}: scripted with its own resultDesc, which is then sent as is. */
    private record Script(StkOutcome outcome, boolean textGiven) {
    }

    private final Map<String, Queue<Script>> scriptedByPhone = new ConcurrentHashMap<>();
    private final Map<Long, Queue<Script>> scriptedByAmount = new ConcurrentHashMap<>();
    private final CallbackVariantPlan variants;

    public StkOutcomePlan(CallbackVariantPlan variants) {
        this.variants = variants;
    }

    /**
     * Queues an outcome for the next push to {@code msisdn}; returns how many are now queued for it.
     * {@code textGiven} false: the outcome carries the built-in text, which may be varied (1032, 1037).
     */
    public int script(String msisdn, StkOutcome outcome, boolean textGiven) {
        return enqueue(scriptedByPhone, msisdn, new Script(outcome, textGiven));
    }

    /** Queues an outcome for the next push of {@code amount}; returns how many are now queued for it. */
    public int scriptAmount(long amount, StkOutcome outcome, boolean textGiven) {
        return enqueue(scriptedByAmount, amount, new Script(outcome, textGiven));
    }

    public void clearScripts() {
        scriptedByPhone.clear();
        scriptedByAmount.clear();
    }

    StkOutcome next(String msisdn, long amount) {
        Script script = poll(scriptedByPhone, msisdn);
        if (script == null) {
            script = poll(scriptedByAmount, amount);
        }
        if (script == null) {
            script = new Script(TEST_NUMBERS.getOrDefault(msisdn, byTestAmount(amount)), false);
        }
        return script.textGiven() ? script.outcome() : variants.worded(script.outcome());
    }

    private static StkOutcome byTestAmount(long amount) {
        String code = Long.toString(amount);
        if (!TEST_AMOUNT_CODES.contains(code)) {
            return new StkOutcome.Paid();
        }
        return new StkOutcome.Declined(code, StkResultCodes.describe(code).orElseThrow());
    }

    private static <K> int enqueue(Map<K, Queue<Script>> scripts, K key, Script script) {
        Queue<Script> queue = scripts.computeIfAbsent(key, unused -> new ConcurrentLinkedQueue<>());
        queue.add(script);
        return queue.size();
    }

    private static <K> Script poll(Map<K, Queue<Script>> scripts, K key) {
        Queue<Script> queue = scripts.get(key);
        return queue == null ? null : queue.poll();
    }
}
