package io.mpesagw.callback.reception.application;

import io.mpesagw.callback.reception.domain.CallbackSourcePolicy;
import io.mpesagw.callback.reception.domain.TrustedProxies;
import io.mpesagw.daraja.DarajaEnvironment;
import io.mpesagw.kit.tokens.CallbackPathToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each fails start-up with a clear message when its setting is missing or invalid. */
@Configuration
class CallbackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CallbackConfiguration.class);

    @Bean
    CallbackPathToken callbackPathToken(CallbackSettings settings) {
        return new CallbackPathToken(settings.signingKey());
    }

    @Bean
    CallbackSourcePolicy callbackSourcePolicy(CallbackSettings settings) {
        boolean production = DarajaEnvironment.of(settings.mpesaEnv()) == DarajaEnvironment.PRODUCTION;
        boolean unset = settings.allowedSources() == null || settings.allowedSources().isBlank();
        CallbackSourcePolicy policy = unset ? CallbackSourcePolicy.defaultFor(production)
                : CallbackSourcePolicy.parse(settings.allowedSources());
        log.info("callbacks are accepted from {}{}", policy, unset ? " (the default for MPESA_ENV "
                + (production ? "production" : settings.mpesaEnv()) + ")" : "");
        return policy;
    }

    @Bean
    TrustedProxies trustedProxies(CallbackSettings settings) {
        TrustedProxies proxies = TrustedProxies.parse(settings.trustedProxies());
        log.info(proxies.isEmpty() ? "no proxy is trusted: X-Forwarded-For is ignored"
                : "X-Forwarded-For is believed only from {}", proxies);
        return proxies;
    }
}
