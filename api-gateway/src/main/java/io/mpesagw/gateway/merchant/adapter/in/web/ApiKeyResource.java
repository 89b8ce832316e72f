package io.mpesagw.gateway.merchant.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mpesagw.gateway.merchant.domain.ApiKey;
import io.mpesagw.gateway.merchant.domain.IssuedKey;
import java.time.Instant;

/**
 * An API key as the admin API shows it. {@code key} (the value) is present only in the answer that
 * created it; the gateway cannot show it again.
 */
record ApiKeyResource(String id, String object, String kind, String mode, String status, Instant createdAt,
                      Instant expiresAt, Instant revokedAt, String replacedBy,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String key) {

    static ApiKeyResource of(ApiKey key, Instant now) {
        return new ApiKeyResource(key.id(), "api_key", key.kind().wireName(), key.mode().wireName(),
                key.statusAt(now).wireName(), key.createdAt(), key.expiresAt(), key.revokedAt(), key.replacedBy(), null);
    }

    static ApiKeyResource shownOnce(IssuedKey issued, Instant now) {
        ApiKeyResource resource = of(issued.key(), now);
        return new ApiKeyResource(resource.id, resource.object, resource.kind, resource.mode, resource.status,
                resource.createdAt, resource.expiresAt, resource.revokedAt, resource.replacedBy, issued.value());
    }

    @Override
    public String toString() {
        return "ApiKeyResource[id=" + id + ", kind=" + kind + ", mode=" + mode + ", status=" + status + "]";
    }
}
