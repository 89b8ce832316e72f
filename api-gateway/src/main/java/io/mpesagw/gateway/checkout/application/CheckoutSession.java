package io.mpesagw.gateway.checkout.application;

import io.mpesagw.gateway.merchant.domain.KeyMode;
import io.mpesagw.gateway.merchant.domain.Merchant;
import java.time.Instant;

/**
 * A hosted-checkout order whose amount and reference the merchant fixed; the browser only adds a phone number.
 *
 * @param mode the mode of the key that opened it; null for a session opened before modes were recorded
 */
public record CheckoutSession(
        String id,
        Merchant merchant,
        long amount,
        String reference,
        String description,
        String paymentId,
        Instant createdAt,
        Instant expiresAt,
        KeyMode mode) {
}
