package io.mpesagw.token.config;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.token.application.ConfiguredCredentialSets;
import io.mpesagw.token.application.CredentialSetVault;
import io.mpesagw.token.domain.CredentialSetStore;
import io.mpesagw.token.domain.SharedTokenStore;
import io.mpesagw.token.domain.TokenLeases;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The vault of merchants' credential sets (PUT/GET /internal/v1/credential-sets/{name}). */
@Configuration(proxyBeanMethods = false)
class CredentialVaultConfiguration {

    @Bean
    ConfiguredCredentialSets configuredCredentialSets(TokenServiceProperties properties) {
        Map<String, String> environments = new LinkedHashMap<>();
        properties.credentialSets().forEach(set -> environments.put(set.name(), set.environment()));
        return new ConfiguredCredentialSets(properties.mpesaEnv(), environments);
    }

    /** A replaced set's token is dropped here, and its breaker closed: the new app deserves a fresh try. */
    @Bean
    CredentialSetVault credentialSetVault(CredentialSetStore store, ConfiguredCredentialSets configured,
            SharedTokenStore sharedTokens, TokenLeases leases, CircuitBreakerRegistry breakers, AuditTrail audit,
            PlatformTransactionManager transactions, TokenServiceProperties properties, Clock clock) {
        return new CredentialSetVault(store, configured, sharedTokens, name -> {
            leases.forget(name);
            breakers.find(LeaseAssembly.breakerName(name)).ifPresent(CircuitBreaker::reset);
        }, audit, new TransactionTemplate(transactions), properties.refreshWait(), clock);
    }
}
