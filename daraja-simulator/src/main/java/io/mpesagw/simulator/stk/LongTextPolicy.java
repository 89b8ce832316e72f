package io.mpesagw.simulator.stk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What happens to an {@code AccountReference} over 12 or a {@code TransactionDesc} over 13
 * characters. The docs give the limits but not what Daraja does beyond them (daraja-facts.md,
 * section 3): a gateway should survive either answer.
 */
public enum LongTextPolicy {

    /** 400.002.02 "Bad Request - Invalid AccountReference" (or TransactionDesc). */
    REJECT,
    /** Accepted, and cut to the limit. */
    TRUNCATE;

    /** {@code "reject"} or {@code "truncate"}; empty for anything else. */
    public static Optional<LongTextPolicy> fromLabel(String label) {
        return Arrays.stream(values()).filter(policy -> policy.label().equals(label)).findFirst();
    }

    /** Lower case, the way SIMULATOR_STK_LONG_TEXT is written. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
