package io.mpesagw.gateway.merchant.application;

import io.mpesagw.kit.web.ApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a merchant's name, browser origins and webhook URL, naming the field and what is accepted.
 * Plain http is accepted only for loopback hosts, so local runs work and nothing else travels in clear.
 */
public final class MerchantInputRules {

    public static final int MAX_ORIGINS = 20;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private MerchantInputRules() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalidRequest("parameter_invalid",
                    "name is required: 1 to 100 characters, no control characters.", "name");
        }
        return name.strip();
    }

    /** Normalised ({@code scheme://host[:port]}, lower case, default port dropped) and without repeats. */
    public static List<String> allowedOrigins(List<String> origins) {
        if (origins == null) {
            return List.of();
        }
        if (origins.size() > MAX_ORIGINS) {
            throw invalid("allowed_origins", "allowed_origins may list at most " + MAX_ORIGINS + " origins.");
        }
        Set<String> normalised = new LinkedHashSet<>();
        origins.forEach(origin -> normalised.add(origin(origin)));
        return List.copyOf(normalised);
    }

    private static String origin(String value) {
        if (value == null || value.isBlank()) {
            throw invalid("allowed_origins", "allowed_origins must not contain empty entries.");
        }
        if (value.contains("*")) {
            throw invalid("allowed_origins", "allowed_origins must list exact origins: a wildcard ('" + shown(value)
                    + "') would let any site call checkout for this merchant.");
        }
        URI uri = parse(value, "allowed_origins");
        if (uri.getRawUserInfo() != null || !uri.getRawPath().isEmpty() || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw invalid("allowed_origins", "allowed_origins entries are origins (scheme, host and optional port, as"
                    + " browsers send them), without a path, query or trailing slash; got '" + shown(value) + "'.");
        }
        String scheme = schemeAllowed(uri, "allowed_origins", value);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 443 && scheme.equals("https") || port == 80 && scheme.equals("http");
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** Null when none is given. */
    public static URI webhookUrl(String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > 2000) {
            throw invalid("webhook_url", "webhook_url must be an https URL of at most 2000 characters; leave it out"
                    + " to set none.");
        }
        URI uri = parse(value, "webhook_url");
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw invalid("webhook_url", "webhook_url must not carry a user name, password or #fragment; got '"
                    + shown(value) + "'.");
        }
        schemeAllowed(uri, "webhook_url", value);
        return uri;
    }

    private static URI parse(String value, String field) {
        try {
            URI uri = new URI(value.strip());
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with an example
        }
        throw invalid(field, field + " must be an absolute URL such as https://shop.example.co.ke; got '"
                + shown(value) + "'.");
    }

    private static String schemeAllowed(URI uri, String field, String value) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http") && LOOPBACK.contains(host)) {
            return scheme;
        }
        throw invalid(field, field + " must use https (http only for 127.0.0.1 or localhost, for local runs); got '"
                + shown(value) + "'.");
    }

    /** Origins and URLs are not secret, but an error message quotes only a bounded, single-line piece. */
    private static String shown(String value) {
        return bounded(value, 100);
    }

    static String bounded(String value) {
        return bounded(value, 40);
    }

    private static String bounded(String value, int max) {
        String line = value.replaceAll("\\p{Cntrl}", "?");
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }

    /** The constant whose lower-case name is {@code value}, else a 400 naming the field and what is accepted. */
    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, String accepted) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return constant;
                }
            }
        }
        throw invalid(field, field + " is required: " + accepted + (value == null ? "." : "; was '" + bounded(value) + "'."));
    }

    static ApiException invalid(String field, String message) {
        return ApiException.invalidRequest("parameter_invalid", message, field);
    }
}
