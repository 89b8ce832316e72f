package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.daraja.RequestFields;

/** A valid STK push query. */
public record StkQueryRequest(String businessShortCode, String password, String timestamp, String checkoutRequestId) {

    private static final int MAX_PASSWORD = 512;
    private static final int MAX_CHECKOUT_REQUEST_ID = 64;

    public static StkQueryRequest from(RequestFields fields) {
        return new StkQueryRequest(
                fields.matching("BusinessShortCode", StkPushRequest.SHORTCODE),
                fields.text("Password", MAX_PASSWORD),
                fields.matching("Timestamp", StkPushRequest.TIMESTAMP),
                fields.text("CheckoutRequestID", MAX_CHECKOUT_REQUEST_ID));
    }
}
