package io.mpesagw.daraja.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Checks request fields before they leave, so Daraja's vague "Invalid <Field>" becomes a clear local
 * error (fact sheet sections 3, 6, 10), and masks personal data and capability URLs for logs.
 */
public final class Fields {

    private static final Pattern SHORT_CODE = Pattern.compile("\\d{5,7}");
    private static final Pattern MSISDN = Pattern.compile("254[71]\\d{8}");
    /** Other characters in Remarks/Occasion have been reported to break requests (section 10). */
    private static final Pattern SAFE_TEXT = Pattern.compile("[A-Za-z0-9 ._-]+");

    private Fields() {
    }

    public static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public static String shortCode(String value, String name) {
        if (value == null || !SHORT_CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be a 5-7 digit shortcode, got '" + value + "'");
        }
        return value;
    }

    /** Daraja's form only: 2547XXXXXXXX or 2541XXXXXXXX, no '+'. Normalise before building a request. */
    public static String msisdn(String value, String name) {
        if (value == null || !MSISDN.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 12 digits 2547XXXXXXXX or 2541XXXXXXXX, got '"
                    + maskedMsisdn(value) + "'");
        }
        return value;
    }

    /** Remarks: required, 2-100 characters from [A-Za-z0-9 ._-]. */
    public static String remarks(String value, String name) {
        return text(required(value, name), name, 2);
    }

    /** Occasion: optional (null), otherwise 1-100 characters from [A-Za-z0-9 ._-]. */
    public static String occasion(String value, String name) {
        return value == null ? null : text(value, name, 1);
    }

    private static String text(String value, String name, int min) {
        if (value.length() < min || value.length() > 100) {
            throw new IllegalArgumentException(name + " must be " + min + "-100 characters, got " + value.length());
        }
        if (!SAFE_TEXT.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " may only use letters, digits, space and . _ - (Daraja "
                    + "has failed requests with other characters), got '" + value + "'");
        }
        return value;
    }

    /** An absolute http(s) URL without spaces: Daraja answers "Invalid CallBackURL" otherwise. */
    public static String callbackUrl(String value, String name) {
        required(value, name);
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException(name + " must be an absolute http(s) URL, got '" + maskedUrl(value) + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid URL (spaces?): '" + maskedUrl(value) + "'");
        }
        return value;
    }

    /** Callback paths carry unguessable tokens: logs show only the origin. */
    public static String maskedUrl(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("//");
        int pathStart = scheme < 0 ? -1 : url.indexOf('/', scheme + 2);
        return scheme < 0 ? "****" : pathStart < 0 ? url : url.substring(0, pathStart) + "/****";
    }

    /** Phone numbers are personal data: logs show 2547****149. */
    public static String maskedMsisdn(String msisdn) {
        if (msisdn == null) {
            return null;
        }
        return msisdn.length() < 8 ? "****" : msisdn.substring(0, 4) + "****" + msisdn.substring(msisdn.length() - 3);
    }
}
