package io.mpesagw.msisdn;

import java.util.Locale;

/**
 * Why a typed number cannot be used for an M-Pesa prompt. The {@link #code()} is the stable wire
 * form shared with checkout-ui through {@code vectors/kenyan-msisdn-vectors.json}.
 */
public enum RejectionReason {
    EMPTY,
    LETTERS,
    TOO_SHORT,
    TOO_LONG,
    LANDLINE,
    TOLL_FREE,
    PREMIUM,
    OTHER_COUNTRY,
    INVALID;

    /** Lower-case reason code, e.g. {@code too_short}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
