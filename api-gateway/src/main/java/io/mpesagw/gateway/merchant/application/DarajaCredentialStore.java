package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.DarajaCredentialSummary;
import java.util.Optional;

/**
 * What the gateway keeps of each merchant's Daraja credential set: only what may be shown. The secrets
 * are in token-service ({@link CredentialSetVault}).
 */
public interface DarajaCredentialStore {

    /** Replaces the merchant's summary. */
    void save(String merchantId, DarajaCredentialSummary summary);

    Optional<DarajaCredentialSummary> summary(String merchantId);
}
