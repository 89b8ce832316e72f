package io.mpesagw.payment.adapter.out.daraja;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.stk.StkClient;
import io.mpesagw.kit.tokens.CallbackPathToken;
import io.mpesagw.kit.tokens.SharedSecret;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient;
import io.mpesagw.payment.application.StkPushPort;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DarajaConfiguration {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    StkPushPort stkPushPort(DarajaSettings settings, Clock clock) {
        DarajaEndpoint daraja = new DarajaEndpoint(settings.baseUrl(), CONNECT_TIMEOUT, Duration.ofSeconds(30));
        HttpClient http = daraja.newHttpClient(); // also reaches token-service: one client per process
        StkClient stk = new StkClient(daraja, http);
        TokenServiceClient tokens = new TokenServiceClient(settings.tokenServiceUrl(),
                new SharedSecret(settings.internalAuthToken(), "INTERNAL_AUTH_TOKEN"), http);
        return new DarajaStkPush(stk, tokens, new CallbackPathToken(settings.callbackSigningKey()), settings, clock);
    }
}
