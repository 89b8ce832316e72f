package io.mpesagw.gateway.payout.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The amounts a merchant may pay out per B2C payout, in whole shillings. Daraja itself allows 10 to
 * 250 000 (daraja-facts 6.1); an operator may narrow that, never widen it.
 */
@ConfigurationProperties("mpesa.gateway.payouts")
public record PayoutLimits(@DefaultValue("10") long amountMin, @DefaultValue("250000") long amountMax) {

    static final long DARAJA_MIN = 10;
    static final long DARAJA_MAX = 250_000;

    public PayoutLimits {
        if (amountMin < DARAJA_MIN || amountMax > DARAJA_MAX || amountMin > amountMax) {
            throw new IllegalStateException("GATEWAY_PAYOUT_AMOUNT_MIN/MAX must satisfy " + DARAJA_MIN + " <= min <= max <= "
                    + DARAJA_MAX + " (Daraja's B2C limits); got " + amountMin + " and " + amountMax);
        }
    }
}
