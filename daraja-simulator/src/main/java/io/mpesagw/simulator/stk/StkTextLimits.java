package io.mpesagw.simulator.stk;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The {@link LongTextPolicy} STK pushes are checked with: starts at SIMULATOR_STK_LONG_TEXT and can
 * be changed while the simulator runs (test control).
 */
@Component
public class StkTextLimits {

    /** Daraja docs: AccountReference at most 12 characters, TransactionDesc at most 13. */
    public static final int MAX_ACCOUNT_REFERENCE = 12;
    public static final int MAX_TRANSACTION_DESC = 13;

    private final LongTextPolicy configured;
    private final AtomicReference<LongTextPolicy> current;

    public StkTextLimits(StkProperties properties) {
        this.configured = properties.longTextPolicy();
        this.current = new AtomicReference<>(configured);
    }

    public LongTextPolicy longText() {
        return current.get();
    }

    public void setLongText(LongTextPolicy policy) {
        current.set(policy);
    }

    /** Back to SIMULATOR_STK_LONG_TEXT. */
    public LongTextPolicy reset() {
        current.set(configured);
        return configured;
    }
}
