package io.mpesagw.gateway.merchant.domain;

/** A business that takes payments through the gateway. */
public record Merchant(String id, String name) {
}
