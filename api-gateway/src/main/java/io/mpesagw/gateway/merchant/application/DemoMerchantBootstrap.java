package io.mpesagw.gateway.merchant.application;

import io.mpesagw.gateway.GatewaySettings;
import io.mpesagw.gateway.merchant.domain.KeyKind;
import io.mpesagw.gateway.merchant.domain.Merchant;
import io.mpesagw.gateway.merchant.domain.SecretDigest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** For local runs: makes sure the demo merchant exists with the keys the launcher generated. */
@Component
class DemoMerchantBootstrap implements ApplicationRunner {

    static final Merchant DEMO = new Merchant("mer_demo", "Demo Merchant");

    private final MerchantDirectory merchants;
    private final GatewaySettings settings;
    private final DemoMerchantSettings demo;

    DemoMerchantBootstrap(MerchantDirectory merchants, GatewaySettings settings, DemoMerchantSettings demo) {
        this.merchants = merchants;
        this.settings = settings;
        this.demo = demo;
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
        merchants.ensureMerchantWithKey(DEMO, SecretDigest.of(key), KeyKind.SECRET, "test");
        String publishable = demo.publishableKey();
        if (publishable == null || publishable.isBlank()) {
            return;
        }
        if (!publishable.startsWith("pk_test_") || publishable.length() < "pk_test_".length() + 32) {
            throw new IllegalStateException("GATEWAY_DEMO_MERCHANT_PUBLISHABLE_KEY must be a test publishable key:"
                    + " pk_test_ and at least 32 random characters (its value is not shown)");
        }
        merchants.ensureMerchantWithKey(DEMO, SecretDigest.of(publishable), KeyKind.PUBLISHABLE, "test");
    }
}
