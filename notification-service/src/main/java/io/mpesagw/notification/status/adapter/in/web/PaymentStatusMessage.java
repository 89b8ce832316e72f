package io.mpesagw.notification.status.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mpesagw.notification.status.domain.PaymentStatusView;

/** The data of one {@code payment} event on the stream, as the checkout page reads it. */
record PaymentStatusMessage(
        @JsonProperty("payment_id") String paymentId,
        String status,
        String message,
        @JsonProperty("mpesa_receipt") String mpesaReceipt) {

    static PaymentStatusMessage of(PaymentStatusView view) {
        return new PaymentStatusMessage(view.paymentId(), view.status().wireName(), view.message(),
                view.mpesaReceipt());
    }
}
