package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.merchant.domain.KeyKind;
import io.mpesagw.gateway.merchant.domain.KeyPrefix;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import io.mpesagw.kit.web.ApiException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Authenticates merchant requests by their {@code Authorization: Bearer} key. Each endpoint takes one
 * kind: the merchant API a secret key ({@code sk_}, the merchant's server), the checkout page's
 * endpoints a publishable key ({@code pk_}, the browser). The wrong kind is refused by its prefix
 * alone, so the answer does not depend on whether the key exists.
 */
@Service
public class MerchantAuthentication {

    private final MerchantDirectory merchants;
    private final Clock clock;

    public MerchantAuthentication(MerchantDirectory merchants, Clock clock) {
        this.merchants = merchants;
        this.clock = clock;
    }

    /** For the merchant API: a usable secret key. */
    public AuthenticatedMerchant authenticate(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            throw ApiException.unauthenticated(
                    "Send your secret key as 'Authorization: Bearer sk_test_...' or 'Bearer sk_live_...'.");
        }
        String key = authorizationHeader.substring(7).strip();
        Optional<KeyPrefix> prefix = KeyPrefix.of(key);
        if (prefix.isPresent() && prefix.get().kind() == KeyKind.PUBLISHABLE) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "authentication_error", "secret_key_required",
                    "This endpoint needs a secret key: a publishable key (pk_...) is for the checkout page in"
                            + " browsers. Send your secret key (sk_test_... or sk_live_...) from your server.", null);
        }
        if (prefix.isEmpty()) {
            throw ApiException.unauthenticated("The bearer token is not a secret key (sk_test_... or sk_live_...).");
        }
        return usable(key, KeyKind.SECRET).orElseThrow(() -> ApiException.unauthenticated(
                "The secret key is not valid: it is unknown, has expired or has been revoked."));
    }

    /** For the checkout page's endpoints: a usable publishable key; never a secret key. */
    public AuthenticatedMerchant authenticatePublishable(String authorizationHeader) {
        String key = authorizationHeader != null && authorizationHeader.startsWith("Bearer ")
                ? authorizationHeader.substring(7).strip() : null;
        Optional<KeyPrefix> prefix = KeyPrefix.of(key);
        if (prefix.isPresent() && prefix.get().kind() == KeyKind.SECRET) {
            throw publishableKeyRequired("A secret key (sk_...) must never be sent from a browser: this endpoint takes"
                    + " the merchant's publishable key (pk_test_... or pk_live_...). Roll the secret key if a page held it.");
        }
        if (prefix.isEmpty()) {
            throw publishableKeyRequired("Send the merchant's publishable key as 'Authorization: Bearer pk_test_...'"
                    + " or 'Bearer pk_live_...', and the session's client secret in the Checkout-Client-Secret header.");
        }
        return publishable(key).orElseThrow(() -> ApiException.unauthenticated(
                "The publishable key is not valid: it is unknown, has expired or has been revoked."));
    }

    /** The merchant a usable publishable key belongs to; empty for anything else. */
    public Optional<AuthenticatedMerchant> publishable(String key) {
        return key == null ? Optional.empty() : usable(key.strip(), KeyKind.PUBLISHABLE);
    }

    /** One answer for unknown, revoked and expired keys: a caller learns nothing about keys it does not hold. */
    private Optional<AuthenticatedMerchant> usable(String key, KeyKind kind) {
        return merchants.findByKeyDigest(SecretDigest.of(key))
                .filter(holder -> holder.key().kind() == kind && holder.key().usableAt(clock.instant()))
                .map(holder -> new AuthenticatedMerchant(holder.merchant(), holder.key().id(), holder.key().mode()));
    }

    private static ApiException publishableKeyRequired(String message) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "authentication_error", "publishable_key_required", message,
                null);
    }
}
