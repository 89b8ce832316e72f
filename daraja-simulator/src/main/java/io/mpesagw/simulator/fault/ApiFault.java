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
}
