package io.mpesagw.token.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.oauth.DarajaOAuthClient;
import io.mpesagw.token.adapter.out.audit.AuditedTokenSource;
import io.mpesagw.token.adapter.out.daraja.AppCredentials;
import io.mpesagw.token.adapter.out.daraja.CircuitBreakingTokenSource;
import io.mpesagw.token.adapter.out.daraja.DarajaTokenSource;
import io.mpesagw.token.adapter.out.metrics.MicrometerLeaseEvents;
import io.mpesagw.token.application.ConfiguredCredentialSets;
import io.mpesagw.token.domain.CoordinatedTokenSource;
import io.mpesagw.token.domain.CredentialSetName;
import io.mpesagw.token.domain.CredentialSetStore;
import io.mpesagw.token.domain.RefreshPolicy;
import io.mpesagw.token.domain.SharedTokenStore;
import io.mpesagw.token.domain.TokenLease;
import io.mpesagw.token.domain.TokenLeases;
import io.mpesagw.token.domain.TokenSource;
import io.mpesagw.token.domain.TokenSourceException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds one credential set's lease: Daraja OAuth → circuit breaker → audit → shared store → lease, with its meters. */
final class LeaseAssembly {

    private final TokenServiceProperties properties;
    private final SharedTokenStore store;
    private final CircuitBreakerRegistry breakers;
    private final MeterRegistry meters;
    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    /** @param ownTransaction starts a new transaction: a failed refresh's audit entry must outlive its rollback */
    LeaseAssembly(TokenServiceProperties properties, SharedTokenStore store, CircuitBreakerRegistry breakers,
            MeterRegistry meters, AuditTrail audit, TransactionTemplate ownTransaction, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.breakers = breakers;
        this.meters = meters;
        this.audit = audit;
        this.ownTransaction = ownTransaction;
        this.clock = clock;
    }

    TokenLease lease(String name, String environment, AppCredentials.Lookup credentials) {
        RefreshPolicy policy = new RefreshPolicy(properties.refreshBuffer(), properties.refreshAhead());
        DarajaEndpoint endpoint = new DarajaEndpoint(properties.baseUrlFor(environment),
                properties.connectTimeout(), properties.readTimeout());
        TokenSource oauth = new AuditedTokenSource(new CircuitBreakingTokenSource(
                new DarajaTokenSource(name, new DarajaOAuthClient(endpoint, endpoint.newHttpClient(), clock), credentials,
                        clock),
                breakers.circuitBreaker(breakerName(name))), name, audit, ownTransaction, clock);
        MicrometerLeaseEvents events = new MicrometerLeaseEvents(meters, name);
        TokenLease lease = new TokenLease(name,
                new CoordinatedTokenSource(name, store, oauth, policy, properties.refreshWait(), clock, events),
                clock, policy, properties.refreshWait(), properties.oauthBackoff(), events);
        MicrometerLeaseEvents.registerGauges(meters, lease, clock);
        return lease;
    }

    /** A stored set's lease, which reads the set's consumer key and secret from the vault at each refresh. */
    TokenLeases.StoredSetLeases storedSetLeases(CredentialSetStore vault, ConfiguredCredentialSets configured) {
        return name -> {
            if (!CredentialSetName.isValid(name) || configured.environmentOf(name).isPresent()) {
                return Optional.empty();
            }
            return vault.summary(name).map(summary -> lease(name, summary.environment(), () -> vault.open(name)
                    .map(set -> new AppCredentials(set.consumerKey(), set.consumerSecret()))
                    .orElseThrow(() -> new TokenSourceException("credential set '" + name + "' is no longer stored", null))));
        };
    }

    static String breakerName(String credentialSet) {
        return "daraja-oauth-" + credentialSet;
    }
}
