package io.mpesagw.token.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.oauth.DarajaOAuthClient;
import io.mpesagw.kit.crypto.EncryptionKeys;
import io.mpesagw.kit.crypto.SealedBox;
import io.mpesagw.kit.tokens.SharedSecret;
import io.mpesagw.token.adapter.in.schedule.ProactiveRefreshSchedule;
import io.mpesagw.token.adapter.out.audit.AuditedTokenSource;
import io.mpesagw.token.adapter.out.daraja.CircuitBreakingTokenSource;
import io.mpesagw.token.adapter.out.daraja.DarajaTokenSource;
import io.mpesagw.token.adapter.out.metrics.MicrometerLeaseEvents;
import io.mpesagw.token.adapter.out.persistence.JdbcSharedTokenStore;
import io.mpesagw.token.domain.CoordinatedTokenSource;
import io.mpesagw.token.domain.RefreshPolicy;
import io.mpesagw.token.domain.SharedTokenStore;
import io.mpesagw.token.domain.TokenLease;
import io.mpesagw.token.domain.TokenLeases;
import io.mpesagw.token.domain.TokenSource;
import io.mpesagw.token.domain.TokenSourceException;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires each credential set: Daraja OAuth → circuit breaker → audit → shared store → lease → HTTP. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenServiceProperties.class)
class TokenServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SharedSecret internalAuthToken(TokenServiceProperties properties) {
        return new SharedSecret(properties.internalAuthToken(), "INTERNAL_AUTH_TOKEN");
    }

    @Bean
    SharedTokenStore sharedTokenStore(TokenServiceProperties properties, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        SealedBox box = new SealedBox(EncryptionKeys.fromBase64("TOKEN_ENCRYPTION_KEY", properties.encryptionKey(),
                properties.encryptionKeyPrevious()));
        return new JdbcSharedTokenStore(jdbc, new TransactionTemplate(transactions), box, ReplicaName.current(), clock);
    }

    @Bean
    CircuitBreakerRegistry oauthCircuitBreakers(TokenServiceProperties properties, MeterRegistry meters) {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(5)
                .minimumNumberOfCalls(3)
                .failureRateThreshold(60)
                .waitDurationInOpenState(properties.oauthBreakerWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(TokenSourceException.class)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry;
    }

    @Bean
    TokenLeases tokenLeases(TokenServiceProperties properties, SharedTokenStore store, CircuitBreakerRegistry breakers,
            Clock clock, MeterRegistry meters, AuditTrail audit, PlatformTransactionManager transactionManager) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        RefreshPolicy policy = new RefreshPolicy(properties.refreshBuffer(), properties.refreshAhead());
        List<TokenLease> leases = properties.credentialSets().stream().map(set -> {
            DarajaEndpoint endpoint = new DarajaEndpoint(properties.baseUrlFor(set.environment()),
                    properties.connectTimeout(), properties.readTimeout());
            TokenSource oauth = new AuditedTokenSource(new CircuitBreakingTokenSource(
                    new DarajaTokenSource(set.name(), new DarajaOAuthClient(endpoint, endpoint.newHttpClient(), clock),
                            set.consumerKey(), set.consumerSecret(), clock),
                    breakers.circuitBreaker("daraja-oauth-" + set.name())), set.name(), audit, ownTransaction, clock);
            MicrometerLeaseEvents events = new MicrometerLeaseEvents(meters, set.name());
            TokenLease lease = new TokenLease(set.name(),
                    new CoordinatedTokenSource(set.name(), store, oauth, policy, properties.refreshWait(), clock, events),
                    clock, policy, properties.refreshWait(), properties.oauthBackoff(), events);
            MicrometerLeaseEvents.registerGauges(meters, lease, clock);
            return lease;
        }).toList();
        return new TokenLeases(leases);
    }

    @Bean
    ProactiveRefreshSchedule proactiveRefreshSchedule(TokenLeases leases, TokenServiceProperties properties) {
        return new ProactiveRefreshSchedule(leases, properties.proactiveRefreshInterval());
    }
}
