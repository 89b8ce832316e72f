package io.mpesagw.gateway.payment.adapter.in.web;

import io.mpesagw.gateway.listing.Listing;
import io.mpesagw.gateway.payment.domain.PaymentView;
import java.util.List;

/** A page of payments on the wire: {@code {"object":"list","url":"/v1/payments","has_more":…,"data":[…]}}. */
record PaymentListResource(String object, String url, boolean hasMore, List<PaymentResource> data) {

    static PaymentListResource of(Listing.Page<PaymentView> page) {
        return new PaymentListResource("list", "/v1/payments", page.hasMore(),
                page.data().stream().map(PaymentResource::of).toList());
    }
}
