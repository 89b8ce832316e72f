package io.mpesagw.simulator.stk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of the forms real STK callbacks come in the simulator sends (daraja-facts.md, rules 5-6 and
 * section 5): set through test control so a gateway meets every form in tests, not in production.
 * {@code ROTATE} takes the next form on each callback (texts: on each 1032 or 1037).
 */
public record CallbackVariants(Balance balance, Amount amount, Texts texts) {

    /** What the simulator sends unless told otherwise: the most common real form of each. */
    public static final CallbackVariants DEFAULTS = new CallbackVariants(Balance.NO_VALUE, Amount.INTEGER, Texts.FIRST);

    public CallbackVariants {
        if (balance == null || amount == null || texts == null) {
            throw new IllegalArgumentException("balance, amount and texts are all required");
        }
    }

    /** The {@code Balance} item of a paid callback. */
    public enum Balance {
        /** {@code {"Name":"Balance"}}, the usual real form. */
        NO_VALUE,
        /** {@code {"Name":"Balance","Value":0}}, seen in 2025. */
        ZERO,
        /** No Balance item at all, as in the docs' sample. */
        OMITTED,
        ROTATE;

        public String label() {
            return labelOf(this);
        }
    }

    /** The {@code Amount} item's JSON number. */
    public enum Amount {
        /** {@code 10}, as recent real callbacks. */
        INTEGER,
        /** {@code 10.00}, as the docs and older real callbacks. */
        DECIMAL,
        ROTATE;

        public String label() {
            return labelOf(this);
        }
    }

    /** The ResultDesc of built-in 1032 and 1037 outcomes. */
    public enum Texts {
        /** "Request cancelled by user", "DS timeout user cannot be reached". */
        FIRST,
        ROTATE;

        public String label() {
            return labelOf(this);
        }
    }

    /** {@code "no_value"} to {@code NO_VALUE}; empty for anything else. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String label) {
        if (label == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(value -> labelOf(value).equals(label)).findFirst();
    }

    /** The accepted labels, for error messages: "no_value, zero, omitted or rotate". */
    public static <E extends Enum<E>> String labels(Class<E> type) {
        String[] labels = Arrays.stream(type.getEnumConstants()).map(CallbackVariants::labelOf).toArray(String[]::new);
        return String.join(", ", Arrays.copyOf(labels, labels.length - 1)) + " or " + labels[labels.length - 1];
    }

    private static String labelOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
