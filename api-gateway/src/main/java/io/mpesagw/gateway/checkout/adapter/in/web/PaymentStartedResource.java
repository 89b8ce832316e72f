package io.mpesagw.gateway.checkout.adapter.in.web;

/** The browser's answer to pay: the payment to watch and the token that lets it watch that one payment. */
record PaymentStartedResource(String paymentId, String status, String message, String watchToken) {

    @Override
    public String toString() {
        return "PaymentStartedResource[" + paymentId + ", " + status + ", watchToken=****]";
    }
}
