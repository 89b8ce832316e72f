package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.ApiKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API keys are kept: as their SHA-256 digest, never the key. */
public interface ApiKeys {

    void insert(ApiKey key, String keyDigest);

    Optional<ApiKey> find(String merchantId, String keyId);

    /** Oldest first. */
    List<ApiKey> ofMerchant(String merchantId);

    /** Guarded: false when the key was rotated or revoked in the meantime. */
    boolean markRotated(String merchantId, String keyId, Instant expiresAt, String replacedBy);

    /** Guarded: false when the key was already revoked. */
    boolean revoke(String merchantId, String keyId, Instant revokedAt);
}
