package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.GatewaySettings;
import io.mpesagw.gateway.merchant.domain.Merchant;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** For local runs: makes sure the demo merchant exists with the key the launcher generated. */
@Component
class DemoMerchantBootstrap implements ApplicationRunner {

    static final Merchant DEMO = new Merchant("mer_demo", "Demo Merchant");

    private final MerchantDirectory merchants;
    private final GatewaySettings settings;

    DemoMerchantBootstrap(MerchantDirectory merchants, GatewaySettings settings) {
        this.merchants = merchants;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        String key = settings.demoMerchantSecretKey();
        if (key == null || key.isBlank()) {
            return;
        }
        if (!key.startsWith("sk_test_")) {
            throw new IllegalStateException("GATEWAY_DEMO_MERCHANT_SECRET_KEY must be a test key (sk_test_...)");
        }
        merchants.ensureMerchantWithKey(DEMO, SecretDigest.of(key), "test");
    }
}
