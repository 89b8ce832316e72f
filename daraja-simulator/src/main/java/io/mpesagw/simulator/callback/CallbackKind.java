package io.mpesagw.simulator.callback;

import java.util.Locale;
import java.util.Optional;

/** The families of callbacks Daraja sends; test control can drop or duplicate each one separately. */
public enum CallbackKind {

    /** The STK push callback to CallBackURL. */
    STK,
    /** C2B confirmations to the registered ConfirmationURL. */
    C2B,
    /** {"Result":{...}} callbacks of B2C, transaction status, account balance and reversal. */
    RESULT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return empty for anything but stk, c2b or result (any case) */
    public static Optional<CallbackKind> fromLabel(String label) {
        for (CallbackKind kind : values()) {
            if (kind.label().equalsIgnoreCase(label == null ? "" : label.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
