package io.mpesagw.callback.result.application;

import io.mpesagw.callback.result.domain.ResultKind;

/**
 * One POST to a payout's ResultURL or QueueTimeOutURL, exactly as it arrived.
 *
 * @param sourceAddress the TCP peer, or the client a trusted proxy named (CALLBACK_TRUSTED_PROXIES)
 * @param rawBody the body decoded as UTF-8; empty when there was none
 */
public record ResultDelivery(ResultKind kind, String payoutId, String pathToken, String sourceAddress,
        String rawBody) {
}
