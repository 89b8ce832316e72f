package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.MerchantProfile;
import java.util.List;
import java.util.Optional;

/** Where merchants and their web settings are kept. */
public interface MerchantAccounts {

    void insert(MerchantProfile merchant);

    /** Replaces name, origins and webhook URL; the id and creation time never change. */
    void update(MerchantProfile merchant);

    Optional<MerchantProfile> find(String merchantId);

    /** The allowed browser origins of the merchant that opened this checkout session; empty if none. */
    List<String> allowedOriginsForCheckoutSession(String checkoutSessionId);
}
