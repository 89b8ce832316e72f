package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.mode.SimulatorMode;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Decides how each prompt ends: scripted outcomes first (by phone, then by amount; each used by one
 * push, in order), then the fixed test numbers, then the fixed test amounts, then success.
 * Deterministic, so tests can rely on it.
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

    /** The texts 1037 has come with; production drifts between them (daraja-facts.md, rule 5). */
    static final List<String> TIMEOUT_TEXTS = List.of(
            "DS timeout user cannot be reached", "DS timeout user cannot be reached.", "No response from user.");

    private final Map<String, Queue<StkOutcome>> scriptedByPhone = new ConcurrentHashMap<>();
    private final Map<Long, Queue<StkOutcome>> scriptedByAmount = new ConcurrentHashMap<>();
    private final AtomicInteger timeoutTexts = new AtomicInteger();
    private final SimulatorMode mode;

    public StkOutcomePlan(SimulatorMode mode) {
        this.mode = mode;
    }

    /** Queues an outcome for the next push to {@code msisdn}; returns how many are now queued for it. */
    public int script(String msisdn, StkOutcome outcome) {
        return enqueue(scriptedByPhone, msisdn, outcome);
    }

    /** Queues an outcome for the next push of {@code amount}; returns how many are now queued for it. */
    public int scriptAmount(long amount, StkOutcome outcome) {
        return enqueue(scriptedByAmount, amount, outcome);
    }

    public void clearScripts() {
        scriptedByPhone.clear();
        scriptedByAmount.clear();
    }

    StkOutcome next(String msisdn, long amount) {
        StkOutcome outcome = poll(scriptedByPhone, msisdn);
        if (outcome == null) {
            outcome = poll(scriptedByAmount, amount);
        }
        if (outcome == null) {
            outcome = TEST_NUMBERS.getOrDefault(msisdn, byTestAmount(amount));
        }
        return mode == SimulatorMode.PRODUCTION ? withProductionWording(outcome) : outcome;
    }

    private static StkOutcome byTestAmount(long amount) {
        String code = Long.toString(amount);
        if (!TEST_AMOUNT_CODES.contains(code)) {
            return new StkOutcome.Paid();
        }
        return new StkOutcome.Declined(code, StkResultCodes.describe(code).orElseThrow());
    }

    /** A built-in 1037 text becomes the next of its real variants; a scripted custom text stays. */
    private StkOutcome withProductionWording(StkOutcome outcome) {
        if (!outcome.resultCode().equals("1037") || !TIMEOUT_TEXTS.contains(outcome.resultDesc())) {
            return outcome;
        }
        String text = TIMEOUT_TEXTS.get(Math.floorMod(timeoutTexts.getAndIncrement(), TIMEOUT_TEXTS.size()));
        return switch (outcome) {
            case StkOutcome.Paid paid -> paid;
            case StkOutcome.Declined declined -> new StkOutcome.Declined(declined.resultCode(), text);
            case StkOutcome.NoCallback silent -> new StkOutcome.NoCallback(silent.resultCode(), text);
        };
    }

    private static <K> int enqueue(Map<K, Queue<StkOutcome>> scripts, K key, StkOutcome outcome) {
        Queue<StkOutcome> queue = scripts.computeIfAbsent(key, unused -> new ConcurrentLinkedQueue<>());
        queue.add(outcome);
        return queue.size();
    }

    private static <K> StkOutcome poll(Map<K, Queue<StkOutcome>> scripts, K key) {
        Queue<StkOutcome> queue = scripts.get(key);
        return queue == null ? null : queue.poll();
    }
}
