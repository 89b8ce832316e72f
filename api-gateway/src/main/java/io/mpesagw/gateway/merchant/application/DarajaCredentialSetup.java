package io.mpesagw.gateway.merchant.application;

import io.mpesagw.audit.AuditTrail;
import io.mpesagw.gateway.RequestOrigin;
import io.mpesagw.gateway.merchant.domain.DarajaCredentialSummary;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials;
import io.mpesagw.kit.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets a merchant's Daraja credential set: the secrets go to token-service ({@link CredentialSetVault}),
 * the gateway keeps the summary. From then on the merchant's payments and payouts use its own set.
 */
@Service
public class DarajaCredentialSetup {

    private static final Logger log = LoggerFactory.getLogger(DarajaCredentialSetup.class);

    private final CredentialSetVault vault;
    private final DarajaCredentialStore store;
    private final MerchantAccounts merchants;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DarajaCredentialSetup(CredentialSetVault vault, DarajaCredentialStore store, MerchantAccounts merchants,
            AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.vault = vault;
        this.store = store;
        this.merchants = merchants;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Replaces the whole set; the audit entry names the fields set, never a value. The vault is asked
     * first and outside any transaction (no connection held over HTTP): what it refuses is stored nowhere.
     */
    public DarajaCredentialSummary replace(String merchantId, DarajaCredentials credentials, RequestOrigin origin) {
        if (merchants.find(merchantId).isEmpty()) {
            throw ApiException.notFound("merchant", merchantId);
        }
        switch (vault.store(merchantId, credentials)) {
            case CredentialSetVault.VaultAnswer.Stored stored -> {
            }
            case CredentialSetVault.VaultAnswer.Refused refused ->
                    throw ApiException.invalidRequest("parameter_invalid", refused.message(), refused.param());
            case CredentialSetVault.VaultAnswer.Unavailable unavailable -> {
                log.warn("Daraja credentials of merchant {} not stored: {}", merchantId, unavailable.reason());
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "api_error", "credential_store_unavailable",
                        "The Daraja credentials could not be stored just now; nothing was changed. Retry shortly.",
                        null);
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        DarajaCredentialSummary summary = DarajaCredentialSummary.of(credentials, now);
        transactions.executeWithoutResult(tx -> {
            store.save(merchantId, summary);
            Map<String, Object> details = new LinkedHashMap<>(Map.of(
                    "shortcode", summary.shortcode(), "shortcodeType", summary.shortcodeType().wireName(),
                    "environment", summary.environment().wireName(),
                    "fieldsSet", summary.fieldsSet().stream().map(f -> f.wireName()).sorted().toList()));
            if (summary.tillNumber() != null) {
                details.put("tillNumber", summary.tillNumber());
            }
            audit.record(MerchantAudit.change(merchantId, "daraja_credentials_set", details, origin));
        });
        return summary;
    }
}
