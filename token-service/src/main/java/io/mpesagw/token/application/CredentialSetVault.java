package io.mpesagw.token.application;

import io.mpesagw.audit.AuditEntry;
import io.mpesagw.audit.AuditEventType;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.kit.web.ApiException;
import io.mpesagw.token.domain.CredentialSetStore;
import io.mpesagw.token.domain.CredentialSetSummary;
import io.mpesagw.token.domain.SharedTokenStore;
import io.mpesagw.token.domain.StoredCredentialSet;
import io.mpesagw.token.domain.TokenUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The merchants' Daraja credential sets: stored sealed, shown without secrets, opened for the service
 * that calls Daraja on a merchant's behalf; every change and every opening audited, never a value.
 *
 * <p>Replacing a set drops its token here and in the replicas' shared store, in the transaction that
 * stores the new credentials and under the set's refresh lock, so the next token comes from the new
 * app. Other replicas may still hold a token of the old app in memory: they drop it at their next
 * refresh, or at once when a caller reports it refused (the compare-and-refresh of
 * {@code POST /internal/v1/tokens/{name}/invalidations}), and then read the new credentials.
 */
public final class CredentialSetVault {

    private static final String SUBJECT = "daraja_credentials";

    private final CredentialSetStore store;
    private final ConfiguredCredentialSets configured;
    private final SharedTokenStore sharedTokens;
    private final ReplicaTokens replicaTokens;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Duration lockWait;
    private final Clock clock;

    public CredentialSetVault(CredentialSetStore store, ConfiguredCredentialSets configured, SharedTokenStore sharedTokens,
            ReplicaTokens replicaTokens, AuditTrail audit, TransactionTemplate transactions, Duration lockWait, Clock clock) {
        this.store = store;
        this.configured = configured;
        this.sharedTokens = sharedTokens;
        this.replicaTokens = replicaTokens;
        this.audit = audit;
        this.transactions = transactions;
        this.lockWait = lockWait;
        this.clock = clock;
    }

    public CredentialSetSummary replace(String name, CredentialSetInput input, Caller caller) {
        if (configured.environmentOf(name).isPresent()) {
            throw ApiException.conflict("credential_set_not_replaceable", "Credential set '" + name + "' is configured"
                    + " by this deployment (the environment or DARAJA_CREDENTIAL_SETS_FILE) and cannot be replaced"
                    + " through the API; choose another name.");
        }
        StoredCredentialSet set = input.validated(name, configured.environment());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CredentialSetSummary summary = CredentialSetSummary.of(set, now);
        try {
            transactions.executeWithoutResult(tx -> {
                sharedTokens.discard(name, lockWait);
                store.save(set, now);
                Map<String, Object> details = new LinkedHashMap<>(Map.of(
                        "change", "credential_set_replaced", "shortcode", set.shortcode(),
                        "shortcodeType", set.shortcodeType(), "environment", set.environment(),
                        "fieldsSet", summary.fieldsSet()));
                if (set.tillNumber() != null) {
                    details.put("tillNumber", set.tillNumber());
                }
                audit.record(entry(AuditEventType.CONFIGURATION_CHANGED, name, caller).withDetails(details));
            });
        } catch (TokenUnavailableException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "api_error", "credential_set_busy", e.getMessage(), null);
        }
        replicaTokens.forget(name);
        return summary;
    }

    public Optional<CredentialSetSummary> summary(String name) {
        Optional<String> configuredEnvironment = configured.environmentOf(name);
        if (configuredEnvironment.isPresent()) {
            return Optional.of(CredentialSetSummary.configured(name, configuredEnvironment.get()));
        }
        return store.summary(name);
    }

    /** A stored set with its secrets; configured sets are never handed out (their callers have them already). */
    public Optional<StoredCredentialSet> openSecrets(String name, Caller caller) {
        if (configured.environmentOf(name).isPresent()) {
            return Optional.empty();
        }
        return transactions.execute(tx -> {
            Optional<StoredCredentialSet> set = store.open(name);
            set.ifPresent(opened -> audit.record(entry(AuditEventType.API_REQUEST, name, caller)
                    .withDetails(Map.of("action", "credential_set_secrets_opened", "shortcode", opened.shortcode()))));
            return set;
        });
    }

    private static AuditEntry entry(AuditEventType type, String name, Caller caller) {
        return AuditEntry.of(type, Caller.ACTOR, SUBJECT, name).withRequest(caller.requestId(), caller.sourceAddress());
    }
}
