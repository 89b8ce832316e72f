package io.mpesagw.simulator.b2c;

/** How M-Pesa ends a B2C payment whose credential was accepted. */
public sealed interface B2cOutcome {

    String resultCode();

    String resultDesc();

    /** The customer is paid: Result 0 with every ResultParameter. */
    record Paid() implements B2cOutcome {

        static final String PROCESSED = "The service request is processed successfully.";

        @Override
        public String resultCode() {
            return "0";
        }

        @Override
        public String resultDesc() {
            return PROCESSED;
        }
    }

    /** Insufficient funds, unregistered customer…: a Result without ResultParameters. */
    record Declined(String resultCode, String resultDesc) implements B2cOutcome {
    }

    /**
     * The request times out in M-Pesa's queue: the Result envelope goes to QueueTimeOutURL instead,
     * while the payment itself completes (only Transaction Status can tell). No real timeout payload
     * has ever been captured, so the code and wording are the simulator's own invention.
     */
    record TimedOut() implements B2cOutcome {

        static final String INVENTED_CODE = "9999";
        static final String INVENTED_DESC = "The service request has timed out.";

        @Override
        public String resultCode() {
            return INVENTED_CODE;
        }

        @Override
        public String resultDesc() {
            return INVENTED_DESC;
        }
    }
}
