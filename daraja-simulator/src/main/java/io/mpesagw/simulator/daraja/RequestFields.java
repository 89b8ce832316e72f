package io.mpesagw.simulator.daraja;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Typed access to the fields of a Daraja JSON body. Daraja's own samples mix numbers and strings
 * for the same field, so every scalar is accepted in either form. Any failure is Daraja's
 * 400.002.02 "Bad Request - Invalid &lt;Field&gt;".
 */
public final class RequestFields {

    private static final Logger log = LoggerFactory.getLogger(RequestFields.class);
    private static final Pattern NO_WHITESPACE = Pattern.compile("\\S+");

    private final JsonNode body;
    private final boolean httpsUrlsOnly;

    RequestFields(JsonNode body) {
        this(body, false);
    }

    /** {@code httpsUrlsOnly}: production mode, where every callback URL must be https. */
    RequestFields(JsonNode body, boolean httpsUrlsOnly) {
        this.body = body;
        this.httpsUrlsOnly = httpsUrlsOnly;
    }

    /** A required value matching {@code pattern}, given as a string or an integer. */
    public String matching(String field, Pattern pattern) {
        String value = scalar(field);
        if (value == null || !pattern.matcher(value).matches()) {
            throw DarajaRejection.invalidField(field);
        }
        return value;
    }

    /** A required value that must be one of {@code allowed}. */
    public String oneOf(String field, Set<String> allowed) {
        String value = scalar(field);
        if (value == null || !allowed.contains(value)) {
            throw DarajaRejection.invalidField(field);
        }
        return value;
    }

    /** A required, non-blank value of at most {@code maxLength} characters. */
    public String text(String field, int maxLength) {
        return text(field, maxLength, false);
    }

    /** As {@link #text(String, int)}; {@code cutLonger}: a longer value is cut to {@code maxLength}, not refused. */
    public String text(String field, int maxLength, boolean cutLonger) {
        String value = scalar(field);
        if (value == null || value.isBlank()) {
            throw DarajaRejection.invalidField(field);
        }
        return limited(field, value, maxLength, cutLonger);
    }

    /** An optional value of at most {@code maxLength} characters; absent or null gives "". */
    public String optionalText(String field, int maxLength) {
        return optionalText(field, maxLength, false);
    }

    /** As {@link #optionalText(String, int)}; {@code cutLonger}: a longer value is cut, not refused. */
    public String optionalText(String field, int maxLength, boolean cutLonger) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        String value = scalar(field);
        if (value == null) {
            throw DarajaRejection.invalidField(field);
        }
        return limited(field, value, maxLength, cutLonger);
    }

    /** Whole shillings in [min, max], as a JSON number or a numeric string ("10", 10, 10.0). */
    public long wholeAmount(String field, long min, long max) {
        JsonNode node = body.get(field);
        BigDecimal amount = null;
        try {
            if (node != null && node.isNumber()) {
                amount = node.decimalValue();
            } else if (node != null && node.isString()) {
                amount = new BigDecimal(node.stringValue().trim());
            }
        } catch (NumberFormatException notANumber) {
            amount = null;
        }
        if (amount == null || amount.stripTrailingZeros().scale() > 0
                || amount.compareTo(BigDecimal.valueOf(min)) < 0 || amount.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw DarajaRejection.invalidField(field);
        }
        return amount.longValueExact();
    }

    /**
     * An absolute http(s) URL with a host and no whitespace anywhere; https only in production mode.
     * Daraja's callback URLs (CallBackURL, ResultURL, QueueTimeOutURL, C2B URLs) all go through here.
     */
    public URI absoluteHttpUrl(String field) {
        String value = scalar(field);
        if (value == null || !NO_WHITESPACE.matcher(value).matches()) {
            throw DarajaRejection.invalidField(field);
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            boolean allowedScheme = scheme.equals("https") || (scheme.equals("http") && !httpsUrlsOnly);
            if (allowedScheme && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // falls through to the rejection below
        }
        throw DarajaRejection.invalidField(field);
    }

    private static String limited(String field, String value, int maxLength, boolean cutLonger) {
        if (value.length() <= maxLength) {
            return value;
        }
        if (!cutLonger) {
            throw DarajaRejection.invalidField(field);
        }
        // Never keep half of a surrogate pair (an emoji in a reference would become invalid UTF-16).
        int end = Character.isHighSurrogate(value.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        // Lengths only: a reference can carry customer data, and the lengths say all that happened.
        log.info("{} of {} characters cut to {}", field, value.length(), end);
        return value.substring(0, end);
    }

    /** The text of a string or integral-number field; null when absent or of any other type. */
    private String scalar(String field) {
        JsonNode node = body.get(field);
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        return null;
    }
}
