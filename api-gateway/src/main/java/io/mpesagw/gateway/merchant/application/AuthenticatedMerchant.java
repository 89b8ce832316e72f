package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.Merchant;

/** A merchant and the id of the API key it authenticated with (the id, never the key). */
public record AuthenticatedMerchant(Merchant merchant, String keyId) {
}
