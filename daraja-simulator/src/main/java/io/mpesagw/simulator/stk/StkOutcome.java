package io.mpesagw.simulator.stk;

/** How the simulated customer (and M-Pesa) answer a prompt. */
public sealed interface StkOutcome {

    /** Always a string: the callback turns numeric codes into JSON numbers itself. */
    String resultCode();

    String resultDesc();

    /** The customer entered the PIN: a callback with ResultCode 0 and CallbackMetadata. */
    record Paid(String resultDesc) implements StkOutcome {

        public static final String PROCESSED = "The service request is processed successfully.";

        public Paid() {
            this(PROCESSED);
        }

        @Override
        public String resultCode() {
            return "0";
        }
    }

    /** Cancelled, insufficient funds, wrong PIN...: a callback without CallbackMetadata. */
    record Declined(String resultCode, String resultDesc) implements StkOutcome {
    }

    /**
     * No callback is ever sent (as happens in the real sandbox); once the prompt expires, the query
     * answers with this result.
     */
    record NoCallback(String resultCode, String resultDesc) implements StkOutcome {
    }
}
