package io.mpesagw.token.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.kit.crypto.EncryptionKeys;
import io.mpesagw.kit.crypto.SealedBox;
import io.mpesagw.kit.tokens.SharedSecret;
import io.mpesagw.token.adapter.in.schedule.ProactiveRefreshSchedule;
import io.mpesagw.token.adapter.out.daraja.AppCredentials;
import io.mpesagw.token.adapter.out.persistence.JdbcCredentialSetStore;
import io.mpesagw.token.adapter.out.persistence.JdbcSharedTokenStore;
import io.mpesagw.token.application.ConfiguredCredentialSets;
import io.mpesagw.token.domain.CredentialSetStore;
import io.mpesagw.token.domain.SharedTokenStore;
import io.mpesagw.token.domain.TokenLease;
import io.mpesagw.token.domain.TokenLeases;
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

/** Wires the token leases of every credential set (see LeaseAssembly), their shared store and the vault's store. */
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
    SealedBox tokenSealedBox(TokenServiceProperties properties) {
        return new SealedBox(EncryptionKeys.fromBase64("TOKEN_ENCRYPTION_KEY", properties.encryptionKey(),
                properties.encryptionKeyPrevious()));
    }

    @Bean
    SharedTokenStore sharedTokenStore(SealedBox box, JdbcClient jdbc, PlatformTransactionManager transactions,
            Clock clock) {
        return new JdbcSharedTokenStore(jdbc, new TransactionTemplate(transactions), box, ReplicaName.current(), clock);
    }

    @Bean
    CredentialSetStore credentialSetStore(JdbcClient jdbc, SealedBox box) {
        return new JdbcCredentialSetStore(jdbc, box);
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

    /** The configured sets' leases now; a stored set's on its first use, reading its credentials at each refresh. */
    @Bean
    TokenLeases tokenLeases(TokenServiceProperties properties, ConfiguredCredentialSets configured, SharedTokenStore store,
            CredentialSetStore vault, CircuitBreakerRegistry breakers, Clock clock, MeterRegistry meters,
            AuditTrail audit, PlatformTransactionManager transactionManager) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        LeaseAssembly assembly = new LeaseAssembly(properties, store, breakers, meters, audit, ownTransaction, clock);
        List<TokenLease> leases = properties.credentialSets().stream()
                .map(set -> assembly.lease(set.name(), set.environment(),
                        AppCredentials.fixed(set.consumerKey(), set.consumerSecret())))
                .toList();
        return new TokenLeases(leases, assembly.storedSetLeases(vault, configured));
    }

    @Bean
    ProactiveRefreshSchedule proactiveRefreshSchedule(TokenLeases leases, TokenServiceProperties properties) {
        return new ProactiveRefreshSchedule(leases, properties.proactiveRefreshInterval());
    }
}
