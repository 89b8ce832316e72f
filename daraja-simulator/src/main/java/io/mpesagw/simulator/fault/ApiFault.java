package io.mpesagw.simulator.fault;

/** A failure Daraja's gateway (Apigee) or the load balancer in front of it answers with. */
public sealed interface ApiFault {

    /** How the control API and the counters name this fault. */
    String label();

    /** HTTP 500 {@code 500.003.02 "Error Occurred: Spike Arrest Violation"}: too many requests per second. */
    record SpikeArrest() implements ApiFault {
        @Override
        public String label() {
            return FaultCounters.SPIKE_ARREST;
        }
    }

    /** HTTP 500 {@code 500.003.03 "Error Occurred: Quota Violation"}: the app's request quota is used up. */
    record QuotaViolation() implements ApiFault {
        @Override
        public String label() {
            return FaultCounters.QUOTA;
        }
    }

    /** A 5xx with an HTML page, not JSON: what a proxy answers when Daraja behind it is down. */
    record ServerError(int status) implements ApiFault {

        public ServerError {
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException("status must be a 5xx code, got " + status);
            }
        }

        @Override
        public String label() {
            return FaultCounters.SERVER_ERROR;
        }
    }

    /**
     * Any error Daraja documents, in its {@code {requestId,errorCode,errorMessage}} envelope: lets a test
     * meet the rows of the error tables the simulator never reaches by itself (500.003.1001 "Internal
     * Server Error", 400.003.01, ...). {@link #TOKEN} in the message stands for the caller's bearer
     * token, as 401.002.01 "Error Occurred - Invalid Access Token - &lt;token&gt;" echoes it.
     */
    record DarajaErrorAnswer(int status, String errorCode, String errorMessage) implements ApiFault {

        public static final String TOKEN = "{token}";

        public DarajaErrorAnswer {
            requireAnswerStatus(status);
            if (errorCode == null || errorCode.isBlank() || errorMessage == null || errorMessage.isBlank()) {
                throw new IllegalArgumentException("errorCode and errorMessage are required");
            }
        }

        @Override
        public String label() {
            return FaultCounters.DARAJA_ERROR;
        }
    }

    /** A body that is not Daraja's envelope (an Apigee fault, nothing at all), under {@code status}. */
    record RawAnswer(RawFaultBody body, int status) implements ApiFault {

        public RawAnswer {
            if (body == null) {
                throw new IllegalArgumentException("body is required");
            }
            requireAnswerStatus(status);
        }

        @Override
        public String label() {
            return FaultCounters.RAW_BODY;
        }
    }

    /**
     * The call goes through as usual (a push is accepted, its prompt and callback follow), but the answer
     * is held back {@code delayMs} before it is written: a client whose read timeout is shorter gives up
     * not knowing the CheckoutRequestID, as when a response is lost on the way back from Daraja.
     */
    record LostAnswer(long delayMs) implements ApiFault {

        public static final long MAX_DELAY_MS = 600_000;

        public LostAnswer {
            if (delayMs < 1 || delayMs > MAX_DELAY_MS) {
                throw new IllegalArgumentException("delayMs must be from 1 to " + MAX_DELAY_MS + ", got " + delayMs);
            }
        }

        @Override
        public String label() {
            return FaultCounters.LOST_ANSWER;
        }
    }

    /** 200 (an error under a success status, as some gateways answer) or an error status. */
    static boolean isAnswerStatus(int status) {
        return status == 200 || (status >= 400 && status <= 599);
    }

    private static void requireAnswerStatus(int status) {
        if (!isAnswerStatus(status)) {
            throw new IllegalArgumentException("status must be 200 or 400-599, got " + status);
        }
    }
}
