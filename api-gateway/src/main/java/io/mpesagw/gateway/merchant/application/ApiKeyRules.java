package io.mpesagw.gateway.merchant.application;

import static io.mpesagw.gateway.merchant.application.MerchantInputRules.bounded;
import static io.mpesagw.gateway.merchant.application.MerchantInputRules.oneOf;

import io.mpesagw.gateway.merchant.domain.KeyKind;
import io.mpesagw.gateway.merchant.domain.KeyMode;
import io.mpesagw.gateway.merchant.domain.KeyPrefix;
import io.mpesagw.kit.web.ApiException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an operator may ask for when issuing or rotating a key. */
public final class ApiKeyRules {

    public static final Duration DEFAULT_GRACE = Duration.ofHours(24);
    /** Longer, and a leaked key would stay usable for too long after it was replaced. */
    public static final Duration MAX_GRACE = Duration.ofDays(7);
    private static final Pattern SHORT = Pattern.compile("(\\d{1,7})([smhd])");

    private ApiKeyRules() {
    }

    public static KeyPrefix prefix(String kind, String mode) {
        return new KeyPrefix(oneOf(KeyKind.class, kind, "kind", "secret or publishable"),
                oneOf(KeyMode.class, mode, "mode", "test or live"));
    }

    /** {@code 24h}, {@code 30m}, {@code 7d}, {@code 0} or ISO-8601 ({@code PT12H}); null means the default. */
    public static Duration gracePeriod(String value) {
        if (value == null) {
            return DEFAULT_GRACE;
        }
        Duration grace = parse(value.strip());
        if (grace == null || grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw ApiException.invalidRequest("parameter_invalid", "grace_period must be from 0 (the old key stops at"
                    + " once) to 7d, written like 24h, 30m, 7d or PT12H; was '" + bounded(value) + "'.", "grace_period");
        }
        return grace;
    }

    private static Duration parse(String value) {
        if (value.equals("0")) {
            return Duration.ZERO;
        }
        Matcher shortForm = SHORT.matcher(value);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
