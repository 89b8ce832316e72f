package io.mpesagw.payment.adapter.out.daraja;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.stk.StkClient;
import io.mpesagw.kit.tokens.CallbackPathToken;
import io.mpesagw.kit.tokens.SharedSecret;
import io.mpesagw.payment.adapter.out.token.CredentialSetSettings;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient;
import io.mpesagw.payment.adapter.out.token.TokenServiceDarajaAccounts;
import io.mpesagw.payment.application.DarajaAccount;
import io.mpesagw.payment.application.DarajaAccounts;
import io.mpesagw.payment.application.StkPushPort;
import io.mpesagw.payment.application.StkQueryPort;
import io.mpesagw.payment.domain.Payment;
import io.mpesagw.payment.payout.adapter.out.daraja.PayoutDarajaSettings;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DarajaConfiguration {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    DarajaEndpoint darajaEndpoint(DarajaSettings settings) {
        return new DarajaEndpoint(settings.baseUrl(), CONNECT_TIMEOUT, settings.darajaReadTimeout());
    }

    @Bean
    HttpClient darajaHttpClient(DarajaEndpoint daraja) {
        return daraja.newHttpClient(); // also reaches token-service: one client per process
    }

    @Bean
    TokenServiceClient tokenServiceClient(DarajaSettings settings, HttpClient darajaHttpClient) {
        return new TokenServiceClient(settings.tokenServiceUrl(),
                new SharedSecret(settings.internalAuthToken(), "INTERNAL_AUTH_TOKEN"), darajaHttpClient);
    }

    @Bean
    StkPushPort stkPushPort(DarajaEndpoint daraja, HttpClient darajaHttpClient, TokenServiceClient tokens,
            DarajaSettings settings, Clock clock) {
        return new DarajaStkPush(new StkClient(daraja, darajaHttpClient), tokens,
                new CallbackPathToken(settings.callbackSigningKey()), settings, clock);
    }

    @Bean
    StkQueryPort stkQueryPort(DarajaEndpoint daraja, HttpClient darajaHttpClient, TokenServiceClient tokens,
            Clock clock) {
        return new DarajaStkQuery(new StkClient(daraja, darajaHttpClient), tokens, daraja, clock);
    }

    /** The default set is this deployment's own (DARAJA_SHORTCODE, a paybill, and the B2C settings). */
    @Bean
    DarajaAccounts darajaAccounts(DarajaSettings settings, PayoutDarajaSettings payouts,
            CredentialSetSettings credentialSets, HttpClient darajaHttpClient, Clock clock) {
        DarajaAccount own = new DarajaAccount(Payment.DEFAULT_CREDENTIAL_SET, settings.shortcode(),
                DarajaAccount.ShortcodeType.PAYBILL, null, settings.passkey(),
                payouts.configured() ? payouts.b2cShortcode() : null,
                payouts.configured() ? new DarajaAccount.Initiator(payouts.initiatorName(), payouts.initiatorPassword())
                        : null);
        return new TokenServiceDarajaAccounts(settings.tokenServiceUrl(),
                new SharedSecret(settings.internalAuthToken(), "INTERNAL_AUTH_TOKEN"), darajaHttpClient, own,
                credentialSets.cacheTtl(), clock);
    }
}
