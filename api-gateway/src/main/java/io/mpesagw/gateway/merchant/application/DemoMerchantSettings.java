package io.mpesagw.gateway.merchant.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo merchant's browser key for local runs ({@code GATEWAY_DEMO_MERCHANT_PUBLISHABLE_KEY}); its
 * secret key stays in {@code GatewaySettings} where the local stack already sets it.
 */
@ConfigurationProperties("mpesa.gateway.demo-merchant")
public record DemoMerchantSettings(String publishableKey) {

    @Override
    public String toString() {
        return "DemoMerchantSettings[publishableKey=" + (publishableKey == null || publishableKey.isBlank() ? "unset" : "****")
                + "]";
    }
}
