package io.mpesagw.token.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.mpesagw.audit.AuditTrail;
import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.oauth.DarajaOAuthClient;
import io.mpesagw.kit.tokens.SharedSecret;
import io.mpesagw.token.adapter.out.audit.AuditedTokenSource;
import io.mpesagw.token.adapter.out.daraja.DarajaTokenSource;
import io.mpesagw.token.adapter.out.metrics.MicrometerLeaseEvents;
import io.mpesagw.token.domain.TokenLease;
import io.mpesagw.token.domain.TokenSource;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the "default" credential set: Daraja OAuth → lease → HTTP. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenServiceProperties.class)
class TokenServiceConfiguration {

    static final String DEFAULT_SET = "default";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SharedSecret internalAuthToken(TokenServiceProperties properties) {
        return new SharedSecret(properties.internalAuthToken(), "INTERNAL_AUTH_TOKEN");
    }

    @Bean
    DarajaOAuthClient darajaOAuthClient(TokenServiceProperties properties, Clock clock) {
        DarajaEndpoint endpoint = new DarajaEndpoint(properties.baseUrl(), properties.connectTimeout(),
                properties.readTimeout());
        return new DarajaOAuthClient(endpoint, endpoint.newHttpClient(), clock);
    }

    @Bean
    TokenLease defaultTokenLease(TokenServiceProperties properties, DarajaOAuthClient oauth, Clock clock,
            MeterRegistry meters, AuditTrail audit, TransactionTemplate transactions) {
        TokenSource source = new AuditedTokenSource(
                new DarajaTokenSource(oauth, properties.consumerKey(), properties.consumerSecret()),
                DEFAULT_SET, audit, transactions, clock);
        return new TokenLease(DEFAULT_SET, source, clock, properties.refreshBuffer(), properties.refreshWait(),
                new MicrometerLeaseEvents(meters, DEFAULT_SET));
    }
}
