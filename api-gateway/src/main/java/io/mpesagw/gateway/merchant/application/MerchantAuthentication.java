package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.KeyKind;
import io.mpesagw.gateway.merchant.domain.KeyPrefix;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import io.mpesagw.kit.web.ApiException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Authenticates merchant requests by their {@code Authorization: Bearer sk_...} secret key. */
@Service
public class MerchantAuthentication {

    private final MerchantDirectory merchants;
    private final Clock clock;

    public MerchantAuthentication(MerchantDirectory merchants, Clock clock) {
        this.merchants = merchants;
        this.clock = clock;
    }

    public AuthenticatedMerchant authenticate(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            throw ApiException.unauthenticated(
                    "Send your secret key as 'Authorization: Bearer sk_test_...' or 'Bearer sk_live_...'.");
        }
        String key = authorizationHeader.substring(7).strip();
        Optional<KeyPrefix> prefix = KeyPrefix.of(key);
        if (prefix.isPresent() && prefix.get().kind() == KeyKind.PUBLISHABLE) {
            // said from the prefix alone: the answer must not depend on whether the key exists
            throw ApiException.unauthenticated("A publishable key (pk_...) is for browsers and cannot call this"
                    + " endpoint; send your secret key (sk_test_... or sk_live_...) from your server.");
        }
        if (prefix.isEmpty()) {
            throw ApiException.unauthenticated("The bearer token is not a secret key (sk_test_... or sk_live_...).");
        }
        // one answer for unknown, revoked and expired keys: a caller learns nothing about keys it does not hold
        return merchants.findByKeyDigest(SecretDigest.of(key))
                .filter(holder -> holder.key().kind() == KeyKind.SECRET && holder.key().usableAt(clock.instant()))
                .map(holder -> new AuthenticatedMerchant(holder.merchant(), holder.key().id()))
                .orElseThrow(() -> ApiException.unauthenticated(
                        "The secret key is not valid: it is unknown, has expired or has been revoked."));
    }
}
