package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.ApiKey;
import io.mpesagw.gateway.merchant.domain.KeyKind;
import io.mpesagw.gateway.merchant.domain.Merchant;
import java.util.Optional;

/** Finds merchants by the digest of a key they hold. */
public interface MerchantDirectory {

    /** The key with this digest and its merchant, whatever the key's state: the caller decides if it is usable. */
    Optional<KeyHolder> findByKeyDigest(String keyDigest);

    record KeyHolder(Merchant merchant, ApiKey key) {
    }

    /**
     * Creates the merchant and key if absent, recording each creation in the audit trail in the same
     * transaction; used for the local demo merchant.
     */
    void ensureMerchantWithKey(Merchant merchant, String keyDigest, KeyKind kind, String mode);

    /** The same with a secret key. */
    void ensureMerchantWithKey(Merchant merchant, String keyDigest, String mode);
}
