package io.mpesagw.simulator.stk;

import java.net.URI;
import java.time.Instant;

/** One accepted STK push: the prompt on the customer's phone and how it will end. */
public record StkPrompt(
        String merchantRequestId,
        String checkoutRequestId,
        String phoneNumber,
        long amount,
        URI callBackUrl,
        StkOutcome outcome,
        Instant acceptedAt) {
}
