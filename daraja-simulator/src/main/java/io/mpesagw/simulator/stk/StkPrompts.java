package io.mpesagw.simulator.stk;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;

/** Every prompt by CheckoutRequestID, and the subscribers who have one pending (Daraja allows one). */
@Component
public class StkPrompts {

    private final Map<String, PromptState> byCheckoutRequestId = new ConcurrentHashMap<>();
    private final Set<String> lockedSubscribers = ConcurrentHashMap.newKeySet();

    /** @return false when a prompt is already pending for this MSISDN */
    boolean lockSubscriber(String msisdn) {
        return lockedSubscribers.add(msisdn);
    }

    void releaseSubscriber(String msisdn) {
        lockedSubscribers.remove(msisdn);
    }

    /**
     * The first candidate id not yet taken. CheckoutRequestIDs end in the MSISDN, so only the holder
     * of that subscriber's lock makes candidates for it: check-then-add cannot race.
     */
    String unusedCheckoutRequestId(IntFunction<String> candidateForMillisShift) {
        int shift = 0;
        String candidate = candidateForMillisShift.apply(shift);
        while (byCheckoutRequestId.containsKey(candidate)) {
            candidate = candidateForMillisShift.apply(++shift);
        }
        return candidate;
    }

    void add(StkPrompt prompt) {
        byCheckoutRequestId.put(prompt.checkoutRequestId(), new PromptState.Pending(prompt));
    }

    void resolve(StkPrompt prompt, Instant resolvedAt) {
        StkOutcome outcome = prompt.outcome();
        byCheckoutRequestId.put(prompt.checkoutRequestId(),
                new PromptState.Resolved(prompt, outcome.resultCode(), outcome.resultDesc(), resolvedAt));
    }

    public Optional<PromptState> find(String checkoutRequestId) {
        return Optional.ofNullable(byCheckoutRequestId.get(checkoutRequestId));
    }

    /** Keeps a long-running simulator (benchmarks) from growing without bound. */
    void forgetResolvedBefore(Instant cutoff) {
        byCheckoutRequestId.values().removeIf(state ->
                state instanceof PromptState.Resolved resolved && resolved.resolvedAt().isBefore(cutoff));
    }
}
