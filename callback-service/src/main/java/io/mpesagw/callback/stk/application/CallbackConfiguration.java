package io.mpesagw.callback.stk.application;

import io.mpesagw.callback.stk.domain.CallbackSourcePolicy;
import io.mpesagw.kit.tokens.CallbackPathToken;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Both fail start-up with a clear message when their setting is missing or invalid. */
@Configuration
class CallbackConfiguration {

    @Bean
    CallbackPathToken callbackPathToken(CallbackSettings settings) {
        return new CallbackPathToken(settings.signingKey());
    }

    @Bean
    CallbackSourcePolicy callbackSourcePolicy(CallbackSettings settings) {
        return CallbackSourcePolicy.parse(settings.allowedSources());
    }
}
