package io.mpesagw.payment.payout.adapter.out.daraja;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.security.InitiatorCredentials;
import io.mpesagw.daraja.security.MpesaCertificate;
import io.mpesagw.kit.tokens.CallbackPathToken;
import io.mpesagw.payment.adapter.out.daraja.DarajaSettings;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient;
import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PayoutDarajaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PayoutDarajaConfiguration.class);

    @Bean
    DarajaPayouts darajaPayouts(PayoutDarajaSettings payoutSettings, DarajaSettings daraja, DarajaEndpoint endpoint,
            HttpClient darajaHttpClient, TokenServiceClient tokens) {
        X509Certificate certificate = null;
        if (!payoutSettings.hasCertificate()) {
            log.warn("B2C payouts are switched off: DARAJA_CERTIFICATE_FILE and the B2C settings are not configured");
        } else {
            // read at start-up: a missing or unreadable certificate stops the service, not the first payout
            certificate = MpesaCertificate.read(payoutSettings.certificateFile());
            if (payoutSettings.configured()) {
                // so does a default initiator password Daraja would refuse (brackets, spaces)
                new InitiatorCredentials(payoutSettings.initiatorName(), payoutSettings.initiatorPassword(), certificate);
            } else {
                log.info("B2C payouts only for merchants' own credential sets: DARAJA_B2C_SHORTCODE is not configured");
            }
        }
        return new DarajaPayouts(endpoint, darajaHttpClient, certificate, tokens,
                new CallbackPathToken(daraja.callbackSigningKey()), daraja, payoutSettings);
    }
}
