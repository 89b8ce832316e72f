package io.mpesagw.gateway.listing;

import io.mpesagw.gateway.web.QueryParameters;
import io.mpesagw.kit.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The query string every list endpoint accepts, read strictly and the same way everywhere:
 * {@code limit}, {@code starting_after}, {@code ending_before}, {@code status}, {@code created_gte},
 * {@code created_lt}.
 *
 * @param noun      what is listed, singular ("payment"), for the messages
 * @param statuses  the wire names {@code status} may take
 * @param createdAt the creation time of one of the caller's own objects by id; empty for any other id
 */
public record ListParameters(String noun, List<String> statuses, Function<String, Optional<Instant>> createdAt) {

    public static final Set<String> ACCEPTED = Set.of("limit", "starting_after", "ending_before", "status",
            "created_gte", "created_lt");

    public Listing.Query read(String merchantId, Map<String, String> params) {
        QueryParameters query = QueryParameters.of(params, ACCEPTED);
        Instant from = query.instant("created_gte");
        Instant to = query.instant("created_lt");
        QueryParameters.requireOrdered(from, "created_gte", to, "created_lt");
        return new Listing.Query(merchantId, status(query), from, to, cursor(query),
                query.limit(Listing.DEFAULT_LIMIT, Listing.MAX_LIMIT));
    }

    private String status(QueryParameters query) {
        String value = query.text("status");
        if (value != null && !statuses.contains(value)) {
            throw ApiException.invalidRequest("parameter_invalid", "'status' must be one of " + statuses + ", was '"
                    + value + "'.", "status");
        }
        return value;
    }

    private Listing.Cursor cursor(QueryParameters query) {
        String after = query.text("starting_after");
        String before = query.text("ending_before");
        if (after != null && before != null) {
            throw ApiException.invalidRequest("parameter_conflict",
                    "Give starting_after or ending_before, not both.", "ending_before");
        }
        if (after != null) {
            return new Listing.Cursor.After(anchor(after, "starting_after"), after);
        }
        if (before != null) {
            return new Listing.Cursor.Before(anchor(before, "ending_before"), before);
        }
        return new Listing.Cursor.First();
    }

    /** Only the caller's own object can be a cursor: another merchant's id is as unknown as a made-up one. */
    private Instant anchor(String id, String param) {
        return createdAt.apply(id).orElseThrow(() -> ApiException.invalidRequest("parameter_invalid",
                "'" + param + "' must be the id of one of your " + noun + "s (from a previous page), was '" + id + "'.",
                param));
    }
}
