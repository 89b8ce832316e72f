package io.mpesagw.gateway.web;

import io.mpesagw.kit.web.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list endpoint's query string, read strictly: a caller who misspells a filter hears so (which
 * parameter, what is accepted) instead of getting everything as if it had matched.
 */
public final class QueryParameters {

    private final Map<String, String> params;

    private QueryParameters(Map<String, String> params) {
        this.params = params;
    }

    /** Refuses any parameter not in {@code accepted}. */
    public static QueryParameters of(Map<String, String> params, Set<String> accepted) {
        for (String name : params.keySet()) {
            if (!accepted.contains(name)) {
                throw ApiException.invalidRequest("parameter_unknown", "Unknown parameter '" + name + "'. Accepted: "
                        + String.join(", ", new TreeSet<>(accepted)) + ".", name);
            }
        }
        return new QueryParameters(params);
    }

    /** 1 to 200 characters, stripped; null when absent. */
    public String text(String name) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > 200) {
            throw ApiException.invalidRequest("parameter_invalid",
                    "'" + name + "' must be 1 to 200 characters; leave it out to not filter by it.", name);
        }
        return value.strip();
    }

    public Instant instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidRequest("parameter_invalid",
                    "'" + name + "' must be an ISO-8601 UTC instant such as 2026-11-28T09:00:00Z, was '" + value + "'.", name);
        }
    }

    /** A page size from 1 to {@code max}; {@code fallback} when absent. */
    public int limit(int fallback, int max) {
        String value = text("limit");
        if (value == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw ApiException.invalidRequest("parameter_invalid",
                "'limit' must be a whole number from 1 to " + max + ", was '" + value + "'.", "limit");
    }

    /** Refuses a range whose start is not before its end. */
    public static void requireOrdered(Instant from, String fromName, Instant to, String toName) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.invalidRequest("parameter_invalid", "'" + fromName + "' must be before '" + toName
                    + "' (the range includes its start and excludes its end).", fromName);
        }
    }
}
