package io.mpesagw.gateway.merchant.application;

import io.mpesagw.audit.AuditTrail;
import io.mpesagw.gateway.RequestOrigin;
import io.mpesagw.gateway.merchant.domain.DarajaCredentialSummary;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials;
import io.mpesagw.kit.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets a merchant's Daraja credential set; the store seals every secret before it reaches a table. */
@Service
public class DarajaCredentialSetup {

    private final DarajaCredentialStore store;
    private final MerchantAccounts merchants;
    private final AuditTrail audit;
    private final Clock clock;

    public DarajaCredentialSetup(DarajaCredentialStore store, MerchantAccounts merchants, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.merchants = merchants;
        this.audit = audit;
        this.clock = clock;
    }

    /** Replaces the whole set; the audit entry names the fields set, never a value. */
    @Transactional
    public DarajaCredentialSummary replace(String merchantId, DarajaCredentials credentials, RequestOrigin origin) {
        if (merchants.find(merchantId).isEmpty()) {
            throw ApiException.notFound("merchant", merchantId);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.save(merchantId, credentials, now);
        DarajaCredentialSummary summary = DarajaCredentialSummary.of(credentials, now);
        audit.record(MerchantAudit.change(merchantId, "daraja_credentials_set", Map.of(
                "shortcode", summary.shortcode(), "shortcodeType", summary.shortcodeType().wireName(),
                "environment", summary.environment().wireName(),
                "fieldsSet", summary.fieldsSet().stream().map(f -> f.wireName()).sorted().toList()), origin));
        return summary;
    }

    /** The opened set, for the component that calls Daraja on the merchant's behalf. */
    public Optional<DarajaCredentials> open(String merchantId) {
        return store.open(merchantId);
    }
}
