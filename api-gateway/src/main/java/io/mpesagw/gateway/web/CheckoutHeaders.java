package io.mpesagw.gateway.web;

/**
 * How the checkout page authenticates: {@code Authorization: Bearer pk_...} names the merchant (a
 * publishable key may sit in a browser), and the session's client secret, in a header of its own,
 * opens that one session.
 */
public final class CheckoutHeaders {

    public static final String CLIENT_SECRET = "Checkout-Client-Secret";

    private CheckoutHeaders() {
    }
}
