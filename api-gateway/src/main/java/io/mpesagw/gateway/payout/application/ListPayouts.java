package io.mpesagw.gateway.payout.application;

import io.mpesagw.contracts.PayoutStatus;
import io.mpesagw.gateway.listing.ListParameters;
import io.mpesagw.gateway.listing.Listing;
import io.mpesagw.gateway.payout.domain.PayoutView;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Service;

/** {@code GET /v1/payouts}: a merchant's payouts newest first, paged and filtered as payments are. */
@Service
public class ListPayouts {

    private final PayoutViews views;

    public ListPayouts(PayoutViews views) {
        this.views = views;
    }

    public Listing.Page<PayoutView> list(String merchantId, Map<String, String> params) {
        ListParameters parameters = new ListParameters("payout",
                Arrays.stream(PayoutStatus.values()).map(PayoutStatus::wireName).toList(),
                id -> views.find(merchantId, id).map(PayoutView::createdAt));
        return views.page(parameters.read(merchantId, params));
    }
}
