package io.mpesagw.notification.status.adapter.in.web;

import io.mpesagw.kit.tokens.WatchToken;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class WatchConfiguration implements WebMvcConfigurer {

    private final WatchProperties properties;

    WatchConfiguration(WatchProperties properties) {
        this.properties = properties;
    }

    /** Fails start-up with a clear message when CHECKOUT_WATCH_SIGNING_KEY is missing or weak. */
    @Bean
    WatchToken watchToken(Clock clock) {
        return new WatchToken(properties.signingKey(), clock);
    }

    /** Only the checkout page may open the stream from a browser; credentials travel in the token, not cookies. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/v1/payments/*/events")
                .allowedOrigins(properties.allowedOrigins().toArray(String[]::new))
                .allowedMethods("GET")
                .allowCredentials(false)
                .maxAge(600);
    }
}
