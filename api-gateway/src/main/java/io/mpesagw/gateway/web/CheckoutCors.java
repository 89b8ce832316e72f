package io.mpesagw.gateway.web;

import io.mpesagw.gateway.GatewaySettings;
import io.mpesagw.gateway.idempotency.adapter.in.web.IdempotentResponses;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Browsers may call only the checkout endpoints, and only from the configured checkout origins. */
@Configuration
class CheckoutCors implements WebMvcConfigurer {

    private final GatewaySettings settings;

    CheckoutCors(GatewaySettings settings) {
        this.settings = settings;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/v1/checkout/sessions/*/**")
                .allowedOrigins(settings.checkoutAllowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "POST")
                .allowedHeaders("Authorization", "Content-Type", RequestIds.HEADER, IdempotentResponses.HEADER)
                .exposedHeaders(RequestIds.HEADER, IdempotentResponses.REPLAYED, "Retry-After")
                .allowCredentials(false);
    }
}
