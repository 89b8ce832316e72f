package io.mpesagw.gateway.merchant.application;

import io.mpesagw.audit.AuditTrail;
import io.mpesagw.gateway.RequestOrigin;
import io.mpesagw.gateway.merchant.domain.ApiKey;
import io.mpesagw.gateway.merchant.domain.IssuedKey;
import io.mpesagw.gateway.merchant.domain.KeyPrefix;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.kit.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues, rotates and revokes API keys; each change commits with its audit entry. */
@Service
public class ApiKeyLifecycle {

    /** 40 base62 characters: about 238 random bits, far beyond guessing even with a fast digest. */
    static final int RANDOM_CHARACTERS = 40;

    private final ApiKeys keys;
    private final MerchantAccounts merchants;
    private final AuditTrail audit;
    private final Clock clock;

    public ApiKeyLifecycle(ApiKeys keys, MerchantAccounts merchants, AuditTrail audit, Clock clock) {
        this.keys = keys;
        this.merchants = merchants;
        this.audit = audit;
        this.clock = clock;
    }

    /** The key that was rotated (now expiring) and the one that replaces it, shown once. */
    public record Rotation(ApiKey previous, IssuedKey replacement) {
    }

    @Transactional
    public IssuedKey issue(String merchantId, KeyPrefix prefix, RequestOrigin origin) {
        if (merchants.find(merchantId).isEmpty()) {
            throw ApiException.notFound("merchant", merchantId);
        }
        return issueWithin(merchantId, prefix, origin);
    }

    /** For a use case that has already checked the merchant, in its transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedKey issueWithin(String merchantId, KeyPrefix prefix, RequestOrigin origin) {
        IssuedKey issued = mint(merchantId, prefix);
        keys.insert(issued.key(), SecretDigest.of(issued.value()));
        audit.record(MerchantAudit.change(merchantId, "api_key_created", Map.of("keyId", issued.key().id(),
                "kind", prefix.kind().wireName(), "mode", prefix.mode().wireName()), origin));
        return issued;
    }

    /** A new key of the same kind and mode; the old one keeps working for {@code grace}, then is refused. */
    @Transactional
    public Rotation rotate(String merchantId, String keyId, Duration grace, RequestOrigin origin) {
        ApiKey previous = existing(merchantId, keyId);
        if (!previous.rotatable()) {
            throw notRotatable(previous);
        }
        Instant expiresAt = now().plus(grace);
        IssuedKey replacement = mint(merchantId, previous.prefix());
        keys.insert(replacement.key(), SecretDigest.of(replacement.value()));
        if (!keys.markRotated(merchantId, keyId, expiresAt, replacement.key().id())) {
            throw notRotatable(previous); // rotated or revoked meanwhile: the replacement rolls back with this
        }
        audit.record(MerchantAudit.change(merchantId, "api_key_rotated", Map.of("keyId", keyId,
                "replacedByKeyId", replacement.key().id(), "kind", previous.kind().wireName(),
                "mode", previous.mode().wireName(), "gracePeriod", grace.toString(),
                "expiresAt", expiresAt.toString()), origin));
        return new Rotation(existing(merchantId, keyId), replacement);
    }

    /** Refused from now on. Revoking a revoked key changes nothing and records nothing. */
    @Transactional
    public ApiKey revoke(String merchantId, String keyId, RequestOrigin origin) {
        existing(merchantId, keyId);
        if (keys.revoke(merchantId, keyId, now())) {
            audit.record(MerchantAudit.change(merchantId, "api_key_revoked", Map.of("keyId", keyId), origin));
        }
        return existing(merchantId, keyId);
    }

    private IssuedKey mint(String merchantId, KeyPrefix prefix) {
        ApiKey key = new ApiKey(Ids.newId("key"), merchantId, prefix.kind(), prefix.mode(), now(), null, null, null);
        return new IssuedKey(key, prefix.text() + Ids.randomBase62(RANDOM_CHARACTERS));
    }

    private ApiKey existing(String merchantId, String keyId) {
        if (merchants.find(merchantId).isEmpty()) {
            throw ApiException.notFound("merchant", merchantId);
        }
        return keys.find(merchantId, keyId).orElseThrow(() -> ApiException.notFound("API key", keyId));
    }

    private static ApiException notRotatable(ApiKey key) {
        String why = key.revokedAt() != null ? "it is revoked"
                : "it was already rotated" + (key.replacedBy() != null ? "; rotate its replacement " + key.replacedBy() : "");
        return ApiException.conflict("api_key_not_rotatable", "Key " + key.id() + " cannot be rotated: " + why + ".");
    }

    /** Microseconds, as PostgreSQL keeps them: an expiry read back must equal the one computed. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
