package io.mpesagw.gateway.merchant.application;

import io.mpesagw.audit.AuditTrail;
import io.mpesagw.gateway.RequestOrigin;
import io.mpesagw.gateway.merchant.domain.ApiKey;
import io.mpesagw.gateway.merchant.domain.DarajaCredentialSummary;
import io.mpesagw.gateway.merchant.domain.IssuedKey;
import io.mpesagw.gateway.merchant.domain.KeyKind;
import io.mpesagw.gateway.merchant.domain.KeyMode;
import io.mpesagw.gateway.merchant.domain.KeyPrefix;
import io.mpesagw.gateway.merchant.domain.MerchantProfile;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.kit.web.ApiException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates merchants (with a first pair of test keys), changes their web settings, and shows them. */
@Service
public class MerchantOnboarding {

    private final MerchantAccounts merchants;
    private final ApiKeys keys;
    private final DarajaCredentialStore credentials;
    private final ApiKeyLifecycle keyLifecycle;
    private final AuditTrail audit;
    private final Clock clock;

    public MerchantOnboarding(MerchantAccounts merchants, ApiKeys keys, DarajaCredentialStore credentials,
            ApiKeyLifecycle keyLifecycle, AuditTrail audit, Clock clock) {
        this.merchants = merchants;
        this.keys = keys;
        this.credentials = credentials;
        this.keyLifecycle = keyLifecycle;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new merchant and its keys, whose values are shown this once. */
    public record Onboarded(MerchantProfile merchant, List<IssuedKey> keys) {
    }

    /** Everything an operator may see of a merchant: no key values, no secrets. */
    public record MerchantOverview(MerchantProfile merchant, List<ApiKey> keys,
                                   Optional<DarajaCredentialSummary> darajaCredentials, Instant asOf) {
    }

    /** What to change; a null field stays as it is. */
    public record MerchantChanges(String name, List<String> allowedOrigins, URI webhookUrl, boolean removeWebhook) {
    }

    @Transactional
    public Onboarded create(String name, List<String> allowedOrigins, URI webhookUrl, RequestOrigin origin) {
        MerchantProfile merchant = new MerchantProfile(Ids.newId("mer"), name, allowedOrigins, webhookUrl,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        merchants.insert(merchant);
        audit.record(MerchantAudit.change(merchant.id(), "merchant_created", settingsFacts(merchant), origin));
        List<IssuedKey> issued = List.of(
                keyLifecycle.issueWithin(merchant.id(), new KeyPrefix(KeyKind.SECRET, KeyMode.TEST), origin),
                keyLifecycle.issueWithin(merchant.id(), new KeyPrefix(KeyKind.PUBLISHABLE, KeyMode.TEST), origin));
        return new Onboarded(merchant, issued);
    }

    @Transactional
    public MerchantProfile update(String merchantId, MerchantChanges changes, RequestOrigin origin) {
        MerchantProfile current = existing(merchantId);
        URI webhook = changes.removeWebhook() ? null
                : changes.webhookUrl() != null ? changes.webhookUrl() : current.webhookUrl();
        MerchantProfile updated = new MerchantProfile(merchantId,
                changes.name() != null ? changes.name() : current.name(),
                changes.allowedOrigins() != null ? changes.allowedOrigins() : current.allowedOrigins(),
                webhook, current.createdAt());
        merchants.update(updated);
        List<String> changed = new ArrayList<>();
        if (!updated.name().equals(current.name())) {
            changed.add("name");
        }
        if (!updated.allowedOrigins().equals(current.allowedOrigins())) {
            changed.add("allowed_origins");
        }
        if (!Objects.equals(updated.webhookUrl(), current.webhookUrl())) {
            changed.add("webhook_url");
        }
        Map<String, Object> facts = settingsFacts(updated);
        facts.put("changedFields", changed);
        audit.record(MerchantAudit.change(merchantId, "merchant_updated", facts, origin));
        return updated;
    }

    public MerchantOverview overview(String merchantId) {
        MerchantProfile merchant = existing(merchantId);
        return new MerchantOverview(merchant, keys.ofMerchant(merchantId), credentials.summary(merchantId),
                clock.instant());
    }

    private MerchantProfile existing(String merchantId) {
        return merchants.find(merchantId).orElseThrow(() -> ApiException.notFound("merchant", merchantId));
    }

    /** The webhook URL by its host only: merchants sometimes put a token in the path or query. */
    private static Map<String, Object> settingsFacts(MerchantProfile merchant) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("name", merchant.name());
        facts.put("allowedOrigins", merchant.allowedOrigins());
        facts.put("webhookHost", merchant.webhookUrl() == null ? null : merchant.webhookUrl().getHost());
        return facts;
    }
}
