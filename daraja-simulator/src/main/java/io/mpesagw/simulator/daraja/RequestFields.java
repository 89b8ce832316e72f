package io.mpesagw.simulator.daraja;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Typed access to the fields of a Daraja JSON body. Daraja's own samples mix numbers and strings
 * for the same field, so every scalar is accepted in either form. Any failure is Daraja's
 * 400.002.02 "Bad Request - Invalid &lt;Field&gt;".
 */
public final class RequestFields {

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
        String value = scalar(field);
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw DarajaRejection.invalidField(field);
        }
        return value;
    }

    /** An optional value of at most {@code maxLength} characters; absent or null gives "". */
    public String optionalText(String field, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        String value = scalar(field);
        if (value == null || value.length() > maxLength) {
            throw DarajaRejection.invalidField(field);
        }
        return value;
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
