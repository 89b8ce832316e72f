package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.SecretDigest;
import io.mpesagw.kit.web.ApiException;
import org.springframework.stereotype.Service;

/** Authenticates merchant requests by their {@code Authorization: Bearer sk_...} secret key. */
@Service
public class MerchantAuthentication {

    private final MerchantDirectory merchants;

    public MerchantAuthentication(MerchantDirectory merchants) {
        this.merchants = merchants;
    }

    public AuthenticatedMerchant authenticate(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            throw ApiException.unauthenticated(
                    "Send your secret key as 'Authorization: Bearer sk_test_...' or 'Bearer sk_live_...'.");
        }
        String key = authorizationHeader.substring(7).strip();
        if (!key.startsWith("sk_test_") && !key.startsWith("sk_live_")) {
            throw ApiException.unauthenticated("The bearer token is not a secret key (sk_test_... or sk_live_...).");
        }
        return merchants.findByActiveKeyDigest(SecretDigest.of(key))
                .orElseThrow(() -> ApiException.unauthenticated("The secret key is not valid or has been revoked."));
    }
}
