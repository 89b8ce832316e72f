package io.mpesagw.gateway.payment.application;

import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.gateway.payment.domain.PaymentView;
import io.mpesagw.gateway.web.QueryParameters;
import io.mpesagw.kit.web.ApiException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * {@code GET /v1/payments}: a merchant's payments newest first, with cursor pagination as the best
 * payment APIs do it ({@code limit}, {@code starting_after}, {@code ending_before}) and filters by
 * status and creation time. Keyset, not offset: a page never skips or repeats a payment while new
 * ones arrive.
 */
@Service
public class ListPayments {

    static final Set<String> ACCEPTED = Set.of("limit", "starting_after", "ending_before", "status", "created_gte",
            "created_lt");

    private final PaymentViews views;

    public ListPayments(PaymentViews views) {
        this.views = views;
    }

    public PaymentListing.Page list(String merchantId, Map<String, String> params) {
        QueryParameters query = QueryParameters.of(params, ACCEPTED);
        Instant from = query.instant("created_gte");
        Instant to = query.instant("created_lt");
        QueryParameters.requireOrdered(from, "created_gte", to, "created_lt");
        PaymentListing.Filter filter = new PaymentListing.Filter(merchantId, status(query), from, to);
        return views.page(filter, cursor(merchantId, query),
                query.limit(PaymentListing.DEFAULT_LIMIT, PaymentListing.MAX_LIMIT));
    }

    private static PaymentStatus status(QueryParameters query) {
        String value = query.text("status");
        if (value == null) {
            return null;
        }
        return Arrays.stream(PaymentStatus.values()).filter(s -> s.wireName().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalidRequest("parameter_invalid", "'status' must be one of "
                        + Arrays.stream(PaymentStatus.values()).map(PaymentStatus::wireName).toList() + ", was '"
                        + value + "'.", "status"));
    }

    private PaymentListing.Cursor cursor(String merchantId, QueryParameters query) {
        String after = query.text("starting_after");
        String before = query.text("ending_before");
        if (after != null && before != null) {
            throw ApiException.invalidRequest("parameter_conflict",
                    "Give starting_after or ending_before, not both.", "ending_before");
        }
        if (after != null) {
            PaymentView anchor = anchor(merchantId, after, "starting_after");
            return new PaymentListing.Cursor.After(anchor.createdAt(), anchor.id());
        }
        if (before != null) {
            PaymentView anchor = anchor(merchantId, before, "ending_before");
            return new PaymentListing.Cursor.Before(anchor.createdAt(), anchor.id());
        }
        return new PaymentListing.Cursor.First();
    }

    /** Only the merchant's own payment can be a cursor: another's id is as unknown as a made-up one. */
    private PaymentView anchor(String merchantId, String paymentId, String param) {
        return views.find(merchantId, paymentId).orElseThrow(() -> ApiException.invalidRequest("parameter_invalid",
                "'" + param + "' must be the id of one of your payments (from a previous page), was '" + paymentId + "'.",
                param));
    }
}
