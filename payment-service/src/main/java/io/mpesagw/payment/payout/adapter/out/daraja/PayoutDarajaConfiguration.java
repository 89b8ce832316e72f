package io.mpesagw.payment.payout.adapter.out.daraja;

import io.mpesagw.daraja.DarajaEndpoint;
import io.mpesagw.daraja.b2c.B2cClient;
import io.mpesagw.daraja.security.InitiatorCredentials;
import io.mpesagw.daraja.security.MpesaCertificate;
import io.mpesagw.daraja.status.TransactionStatusClient;
import io.mpesagw.kit.tokens.CallbackPathToken;
import io.mpesagw.payment.adapter.out.daraja.DarajaSettings;
import io.mpesagw.payment.adapter.out.token.TokenServiceClient;
import java.net.http.HttpClient;
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
        if (!payoutSettings.configured()) {
            log.warn("B2C payouts are switched off: DARAJA_B2C_SHORTCODE and the initiator are not configured");
            return new DarajaPayouts(null, null, tokens, null, daraja, payoutSettings);
        }
        // read at start-up: a missing or unreadable certificate stops the service, not the first payout
        InitiatorCredentials initiator = new InitiatorCredentials(payoutSettings.initiatorName(),
                payoutSettings.initiatorPassword(), MpesaCertificate.read(payoutSettings.certificateFile()));
        return new DarajaPayouts(new B2cClient(endpoint, darajaHttpClient, initiator),
                new TransactionStatusClient(endpoint, darajaHttpClient, initiator), tokens,
                new CallbackPathToken(daraja.callbackSigningKey()), daraja, payoutSettings);
    }
}
