package io.mpesagw.simulator.initiator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InitiatorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InitiatorConfiguration.class);

    /**
     * Loaded from PEM files when configured (a stable certificate across restarts), otherwise new on
     * every start. With SIMULATOR_CERTIFICATE_OUT the certificate is written out for local runs to
     * hand to the gateway; the private key is never written anywhere.
     */
    @Bean
    SecurityCredentialKey securityCredentialKey(InitiatorProperties properties, Clock clock) {
        SecurityCredentialKey key = properties.keyFiles()
                .map(SecurityCredentialKey::load)
                .orElseGet(() -> SecurityCredentialKey.generate(clock.instant()));
        properties.certificateOutPath().ifPresent(out -> write(key.certificatePem(), out));
        log.info("Security credential certificate ready: {} ({})", key,
                properties.keyFiles().isPresent() ? "loaded from PEM files" : "generated at start-up");
        return key;
    }

    private static void write(String pem, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, pem, StandardCharsets.US_ASCII);
            log.info("Security credential certificate written to {}", out);
        } catch (IOException failure) {
            throw new UncheckedIOException("SIMULATOR_CERTIFICATE_OUT: could not write " + out, failure);
        }
    }
}
