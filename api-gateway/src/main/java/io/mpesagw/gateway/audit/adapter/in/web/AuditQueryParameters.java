package io.mpesagw.gateway.audit.adapter.in.web;

import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditQuery;
import io.mpesagw.gateway.web.QueryParameters;
import io.mpesagw.kit.web.ApiException;
import java.time.Instant;
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
        QueryParameters query = QueryParameters.of(params, ACCEPTED);
        String paymentId = query.text("payment_id");
        String subjectId = query.text("subject_id");
        if (paymentId != null && subjectId != null) {
            throw ApiException.invalidRequest("parameter_conflict",
                    "Give payment_id or subject_id, not both: a payment id is a subject id.", "subject_id");
        }
        Instant from = query.instant("from");
        Instant to = query.instant("to");
        QueryParameters.requireOrdered(from, "from", to, "to");
        return new AuditQuery(paymentId != null ? paymentId : subjectId, query.text("merchant_id"),
                query.text("actor"), eventType(query), query.text("request_id"), from, to,
                startingAfter(query), query.limit(AuditQuery.DEFAULT_LIMIT, AuditQuery.MAX_LIMIT));
    }

    private static AuditEventType eventType(QueryParameters query) {
        String value = query.text("event_type");
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

    private static Long startingAfter(QueryParameters query) {
        String value = query.text("starting_after");
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
