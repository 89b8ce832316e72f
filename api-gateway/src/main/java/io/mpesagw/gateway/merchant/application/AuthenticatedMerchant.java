package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.KeyMode;
import io.mpesagw.gateway.merchant.domain.Merchant;

/**
 * A merchant, the id of the API key it authenticated with (the id, never the key) and that key's
 * mode: a checkout session opened with a test key can be paid only with a test publishable key.
 */
public record AuthenticatedMerchant(Merchant merchant, String keyId, KeyMode mode) {
}
