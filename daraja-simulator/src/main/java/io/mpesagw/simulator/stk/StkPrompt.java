package io.mpesagw.simulator.stk;

import java.net.URI;
import java.time.Instant;

/**
 * One accepted STK push: the prompt on the customer's phone and how it will end.
 *
 * @param partyB the paybill or till that is paid
 * @param transactionType {@code CustomerPayBillOnline} or {@code CustomerBuyGoodsOnline}
 */
public record StkPrompt(
        String merchantRequestId,
        String checkoutRequestId,
        String phoneNumber,
        String partyB,
        String transactionType,
        long amount,
        URI callBackUrl,
        StkOutcome outcome,
        Instant acceptedAt) {
}
