package io.mpesagw.gateway.audit.adapter.in.web;

import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditQuery;
import io.mpesagw.kit.web.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query string of {@code GET /admin/v1/audit/entries}, checked strictly: an auditor who
 * misspells a filter must hear so, not receive the whole log as if it had matched.
 */
final class AuditQueryParameters {

    static final Set<String> ACCEPTED = new TreeSet<>(Set.of("payment_id", "subject_id", "merchant_id", "actor",
            "event_type", "request_id", "from", "to", "limit", "starting_after"));

    private AuditQueryParameters() {
    }

    static AuditQuery parse(Map<String, String> params) {
        for (String name : params.keySet()) {
            if (!ACCEPTED.contains(name)) {
                throw ApiException.invalidRequest("parameter_unknown",
                        "Unknown parameter '" + name + "'. Accepted: " + String.join(", ", ACCEPTED) + ".", name);
            }
        }
        String paymentId = text(params, "payment_id");
        String subjectId = text(params, "subject_id");
        if (paymentId != null && subjectId != null) {
            throw ApiException.invalidRequest("parameter_conflict",
                    "Give payment_id or subject_id, not both: a payment id is a subject id.", "subject_id");
        }
        Instant from = instant(params, "from");
        Instant to = instant(params, "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.invalidRequest("parameter_invalid",
                    "'from' must be before 'to' (the range is from inclusive, to exclusive).", "from");
        }
        return new AuditQuery(paymentId != null ? paymentId : subjectId, text(params, "merchant_id"),
                text(params, "actor"), eventType(params), text(params, "request_id"), from, to,
                startingAfter(params), limit(params));
    }

    private static String text(Map<String, String> params, String name) {
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

    private static AuditEventType eventType(Map<String, String> params) {
        String value = text(params, "event_type");
        if (value == null) {
            return null;
        }
        try {
            return AuditEventType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidRequest("parameter_invalid", "'event_type' must be one of "
                    + Arrays.toString(AuditEventType.values()).toLowerCase(Locale.ROOT) + ", was '" + value + "'.",
                    "event_type");
        }
    }

    private static Instant instant(Map<String, String> params, String name) {
        String value = text(params, name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidRequest("parameter_invalid",
                    "'" + name + "' must be an ISO-8601 UTC instant such as 2026-11-28T09:00:00Z, was '" + value + "'.",
                    name);
        }
    }

    private static int limit(Map<String, String> params) {
        String value = text(params, "limit");
        if (value == null) {
            return AuditQuery.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= AuditQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw ApiException.invalidRequest("parameter_invalid",
                "'limit' must be a whole number from 1 to " + AuditQuery.MAX_LIMIT + ", was '" + value + "'.", "limit");
    }

    private static Long startingAfter(Map<String, String> params) {
        String value = text(params, "starting_after");
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidRequest("parameter_invalid",
                "'starting_after' must be the id of an entry (a whole number), was '" + value + "'.", "starting_after");
    }
}
