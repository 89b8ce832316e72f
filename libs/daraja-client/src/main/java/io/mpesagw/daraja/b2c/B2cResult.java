package io.mpesagw.daraja.b2c;

import io.mpesagw.daraja.result.ResultHeader;

/** What Daraja POSTed to the B2C ResultURL. Correlate by OriginatorConversationID / ConversationID. */
public sealed interface B2cResult {

    ResultHeader header();

    /** ResultCode 0: the customer was paid. */
    record Paid(ResultHeader header, B2cPayout payout) implements B2cResult {
    }

    /** Any other code (1 insufficient funds, 2001 bad initiator credentials, 8006 locked, ...): not paid. */
    record Failed(ResultHeader header) implements B2cResult {
    }
}
