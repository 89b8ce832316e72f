package io.mpesagw.simulator.initiator;

import java.math.BigDecimal;

/**
 * One {@code {"Key":…,"Value":…}} item of a Result. The value keeps its JSON type (Daraja mixes
 * strings and numbers) and may be absent altogether, as in {@code {"Key":"TransactionReason"}}.
 */
public record ResultParameter(String key, Object value) {

    public ResultParameter {
        if (!(value == null || value instanceof String || value instanceof Long || value instanceof BigDecimal)) {
            throw new IllegalArgumentException("A ResultParameter value is a string, a long, a BigDecimal or absent");
        }
    }

    public static ResultParameter text(String key, String value) {
        return new ResultParameter(key, value);
    }

    public static ResultParameter number(String key, long value) {
        return new ResultParameter(key, value);
    }

    public static ResultParameter decimal(String key, BigDecimal value) {
        return new ResultParameter(key, value);
    }

    public static ResultParameter keyOnly(String key) {
        return new ResultParameter(key, null);
    }
}
