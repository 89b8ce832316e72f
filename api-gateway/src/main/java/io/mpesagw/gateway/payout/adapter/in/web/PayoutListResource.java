package io.mpesagw.gateway.payout.adapter.in.web;

import io.mpesagw.gateway.listing.Listing;
import io.mpesagw.gateway.payout.domain.PayoutView;
import java.util.List;

/** A page of payouts on the wire: {@code {"object":"list","url":"/v1/payouts","has_more":…,"data":[…]}}. */
record PayoutListResource(String object, String url, boolean hasMore, List<PayoutResource> data) {

    static PayoutListResource of(Listing.Page<PayoutView> page) {
        return new PayoutListResource("list", "/v1/payouts", page.hasMore(),
                page.data().stream().map(PayoutResource::of).toList());
    }
}
