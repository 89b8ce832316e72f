package io.mpesagw.simulator.c2b;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What Daraja does with a payment when the ValidationURL does not answer in time. Sentence case on the wire. */
public enum ResponseType {

    /** Complete the payment and send the confirmation anyway. */
    COMPLETED("Completed"),
    /** Cancel the payment: no confirmation. */
    CANCELLED("Cancelled");

    private static final Map<String, ResponseType> BY_WIRE_NAME =
            Map.of(COMPLETED.wireName, COMPLETED, CANCELLED.wireName, CANCELLED);

    private final String wireName;

    ResponseType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Exact, case-sensitive: "completed" is refused like any other wrong value. */
    static Optional<ResponseType> fromWire(String value) {
        return Optional.ofNullable(BY_WIRE_NAME.get(value));
    }

    static Set<String> wireNames() {
        return BY_WIRE_NAME.keySet();
    }
}
