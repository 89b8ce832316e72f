package io.mpesagw.gateway.merchant.domain;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A merchant and where it lives on the web.
 *
 * @param allowedOrigins browser origins (e.g. {@code https://shop.example.co.ke}) its pages call checkout from
 * @param webhookUrl     where payment events are sent to it; null until configured
 */
public record MerchantProfile(String id, String name, List<String> allowedOrigins, URI webhookUrl, Instant createdAt) {

    public MerchantProfile {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    public Merchant merchant() {
        return new Merchant(id, name);
    }
}
