package io.mpesagw.gateway;

import io.mpesagw.kit.crypto.EncryptionKeys;
import io.mpesagw.kit.crypto.SealedBox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway seals what it must keep but must not show (stored idempotent answers) with GATEWAY_ENCRYPTION_KEY. */
@Configuration(proxyBeanMethods = false)
class SecretsAtRest {

    @Bean
    SealedBox gatewaySealedBox(GatewaySettings settings) {
        return new SealedBox(EncryptionKeys.fromBase64("GATEWAY_ENCRYPTION_KEY", settings.encryptionKey(),
                settings.encryptionKeyPrevious()));
    }
}
