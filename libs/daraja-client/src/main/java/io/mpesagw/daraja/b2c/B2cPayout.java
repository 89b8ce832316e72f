package io.mpesagw.daraja.b2c;

import io.mpesagw.daraja.result.PartyName;
import java.math.BigDecimal;

/**
 * The ResultParameters of a successful payout, typed; any field is null when Daraja left it out.
 * {@code completedAt} is "dd.MM.yyyy HH:mm:ss" in Kenyan time, as sent. Account funds may be negative.
 */
public record B2cPayout(BigDecimal amount, String receipt, PartyName receiver, String completedAt,
        BigDecimal utilityAccountFunds, BigDecimal workingAccountFunds, BigDecimal chargesPaidAccountFunds,
        Boolean recipientIsRegistered) {
}
