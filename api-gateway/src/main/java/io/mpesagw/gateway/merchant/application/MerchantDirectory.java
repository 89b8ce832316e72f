package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.Merchant;
import java.util.Optional;

/** Finds merchants by the digest of a secret key they hold. */
public interface MerchantDirectory {

    Optional<AuthenticatedMerchant> findByActiveKeyDigest(String keyDigest);

    /**
     * Creates the merchant and key if absent, recording each creation in the audit trail in the same
     * transaction; used for the local demo merchant.
     */
    void ensureMerchantWithKey(Merchant merchant, String keyDigest, String mode);
}
