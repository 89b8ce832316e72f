package io.mpesagw.simulator.control;

/** A control-API request that cannot be carried out: which field, and what is accepted. */
final class ControlRejection extends RuntimeException {

    private final String field;

    ControlRejection(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
