package io.mpesagw.simulator.stk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code simulator.stk.*}: {@code long-text} ({@code SIMULATOR_STK_LONG_TEXT}), {@code reject}
 * (default) or {@code truncate}: see {@link LongTextPolicy}.
 */
@ConfigurationProperties("simulator.stk")
public record StkProperties(String longText) {

    public StkProperties {
        longText = longText == null || longText.isBlank() ? LongTextPolicy.REJECT.label() : longText.trim();
        // Fails start-up with a message naming the variable.
        policyOf(longText);
    }

    public LongTextPolicy longTextPolicy() {
        return policyOf(longText);
    }

    private static LongTextPolicy policyOf(String label) {
        return LongTextPolicy.fromLabel(label).orElseThrow(() -> new IllegalArgumentException(
                "SIMULATOR_STK_LONG_TEXT must be reject or truncate, got '" + label + "'"));
    }
}
