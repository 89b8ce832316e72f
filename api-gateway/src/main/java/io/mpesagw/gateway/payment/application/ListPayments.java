package io.mpesagw.gateway.payment.application;

import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.gateway.listing.ListParameters;
import io.mpesagw.gateway.listing.Listing;
import io.mpesagw.gateway.payment.domain.PaymentView;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * {@code GET /v1/payments}: a merchant's payments newest first, with cursor pagination as the best
 * payment APIs do it ({@code limit}, {@code starting_after}, {@code ending_before}) and filters by
 * status and creation time (see {@link ListParameters}).
 */
@Service
public class ListPayments {

    private final PaymentViews views;

    public ListPayments(PaymentViews views) {
        this.views = views;
    }

    public Listing.Page<PaymentView> list(String merchantId, Map<String, String> params) {
        ListParameters parameters = new ListParameters("payment",
                Arrays.stream(PaymentStatus.values()).map(PaymentStatus::wireName).toList(),
                id -> views.find(merchantId, id).map(PaymentView::createdAt));
        return views.page(parameters.read(merchantId, params));
    }
}
