package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.DarajaCredentialSummary;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials;
import java.time.Instant;
import java.util.Optional;

/** Keeps each merchant's Daraja credential set, its secrets sealed at rest. */
public interface DarajaCredentialStore {

    /** Replaces the merchant's set. */
    void save(String merchantId, DarajaCredentials credentials, Instant updatedAt);

    /** What may be shown; opens nothing. */
    Optional<DarajaCredentialSummary> summary(String merchantId);

    /** @throws IllegalStateException when a sealed value does not open (altered, moved, or sealed under an unknown key) */
    Optional<DarajaCredentials> open(String merchantId);
}
