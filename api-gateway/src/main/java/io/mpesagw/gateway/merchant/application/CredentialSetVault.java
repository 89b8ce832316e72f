package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.DarajaCredentials;

/**
 * Where merchants' Daraja secrets live: token-service, which issues the access tokens and hands the
 * set to payment-service. The gateway keeps only what may be shown. A merchant's set is named by its id.
 */
public interface CredentialSetVault {

    VaultAnswer store(String merchantId, DarajaCredentials credentials);

    /** What the vault did with a set. */
    sealed interface VaultAnswer {

        record Stored() implements VaultAnswer {
        }

        /** The vault found something wrong with the set; {@code param} names the field, if any. */
        record Refused(String param, String message) implements VaultAnswer {
        }

        /** Not stored: the vault could not be reached or failed; nothing changed. */
        record Unavailable(String reason) implements VaultAnswer {
        }
    }
}
